# covariance, correlation and linear_regression; and every StatisticsError and TypeError text.
import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.correlation(x, x), st.correlation(x, z), st.correlation(x, y))
fit = st.linear_regression(x, [2 * v + 1 for v in x])
print(fit, fit.slope, fit.intercept, type(fit).__name__, type(fit).__module__)
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))


def attempt(label, f):
    try:
        print(label, "=", f())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


for name in ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode",
             "variance", "pvariance", "stdev", "pstdev", "harmonic_mean", "geometric_mean"]:
    attempt(name + "([])", lambda: getattr(st, name)([]))
attempt("variance one", lambda: st.variance([1]))
attempt("stdev one", lambda: st.stdev([1.5]))
attempt("quantiles one", lambda: st.quantiles([1]))
attempt("quantiles n=0", lambda: st.quantiles([1, 2], n=0))
attempt("quantiles method", lambda: st.quantiles([1, 2], method="median"))
attempt("harmonic negative", lambda: st.harmonic_mean([1, -2]))
attempt("harmonic zero", lambda: st.harmonic_mean([1, 0, 2]))
attempt("geometric negative", lambda: st.geometric_mean([1, -2]))
attempt("mean str", lambda: st.mean(["a", "b"]))
attempt("fmean weights", lambda: st.fmean([1, 2], weights=[1]))
attempt("fmean zero weights", lambda: st.fmean([1, 2], weights=[0, 0]))
attempt("covariance lengths", lambda: st.covariance([1, 2], [1]))
attempt("correlation constant", lambda: st.correlation([1, 1, 1], [1, 2, 3]))
attempt("regression constant", lambda: st.linear_regression([2, 2], [1, 3]))
attempt("regression short", lambda: st.linear_regression([2], [1]))
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__module__)
