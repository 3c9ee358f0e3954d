print("helper runs")
present = "present value"
