// How an exception is shown: CPython 3.11's traceback layout (entries with their carets, folded
// repetitions, the chain of causes and contexts, exception groups' boxes, notes), as the
// interpreter prints an uncaught one (with "Did you mean", suggestions.cpp) and as asyncio's
// logging does (without).
#include <string>
#include <vector>

#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "unicode.h"

namespace aiocc {

// ---- traceback formatting --------------------------------------------------------------------
namespace {

std::string format_entry(const CodeInfo* code, int pos_index) {
  const SrcPos& p = code->positions[pos_index];
  const ModuleInfo* m = code->module;
  std::string out = std::string("  File \"") + m->path + "\", line " + std::to_string(p.line) +
                    ", in " + code->name + "\n";
  if (p.line < 1 || p.line > m->nlines) return out;
  std::string line = m->lines[p.line - 1];
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\f')) line.pop_back();
  size_t ws = 0;
  while (ws < line.size() && (line[ws] == ' ' || line[ws] == '\t' || line[ws] == '\f')) ++ws;
  if (ws == line.size()) return out;
  const std::string stripped = line.substr(ws);
  out += "    " + stripped + "\n";
  if (p.col < 0) return out;
  const int len_cp = static_cast<int>(utf8_length(line));
  const int ws_cp = static_cast<int>(ws);  // leading whitespace is ASCII
  const int start = p.col;
  const int end = p.end_col < 0 ? len_cp : p.end_col;
  const bool anchors = p.anchor_l >= 0 && p.anchor_r > p.anchor_l;
  const int stripped_len = len_cp - ws_cp;
  if (!(end - start < stripped_len || anchors)) return out;
  if (start < ws_cp) return out;
  // Columns, not characters: wide characters take two (traceback.py's _display_width).
  std::u32string cps;
  bool ascii = true;
  for (char ch : line) ascii &= static_cast<unsigned char>(ch) < 0x80;
  if (!ascii) cps = uni::decode(line);
  auto width = [&](int upto) {
    if (ascii) return upto;
    int w = 0;
    for (int i = 0; i < upto && i < static_cast<int>(cps.size()); ++i) w += uni::display_width(cps[i]);
    return w + std::max(0, upto - static_cast<int>(cps.size()));
  };
  std::string carets = "    " + std::string(width(start) - ws_cp, ' ');
  if (!anchors) {
    carets += std::string(width(end) - width(start), '^');
  } else {
    const int l = std::max(p.anchor_l, start), r = std::max(std::min(p.anchor_r, end), l);
    carets += std::string(width(l) - width(start), '~');
    carets += std::string(width(r) - width(l), '^');
    carets += std::string(width(end) - width(r), '~');
  }
  return out + carets + "\n";
}

// The entries outermost first, folding runs of the same (file, line, function) after three
// repetitions the way CPython does ("[Previous line repeated N more times]").
std::string format_entries(const std::vector<TbEntry>& tb) {
  std::string out;
  const TbEntry* last = nullptr;
  int count = 0;
  auto flush = [&] {
    if (count > 3) {
      out += "  [Previous line repeated " + std::to_string(count - 3) + " more time" +
             (count - 3 == 1 ? "" : "s") + "]\n";
    }
  };
  for (auto it = tb.rbegin(); it != tb.rend(); ++it) {
    const TbEntry& t = *it;
    bool same = last && last->code->module == t.code->module &&
                std::string_view(last->code->name) == t.code->name &&
                last->code->positions[last->pos].line == t.code->positions[t.pos].line;
    if (!same) {
      flush();
      count = 0;
    }
    last = &t;
    if (++count <= 3) out += format_entry(t.code, t.pos);
  }
  flush();
  return out;
}

std::string format_one(const Object& e, bool with_tb, bool suggest) {
  auto* eo = e.as<ExceptionObject>();
  std::string out;
  if (with_tb && !eo->tb.empty()) {
    out += "Traceback (most recent call last):\n";
    out += format_entries(eo->tb);
  }
  return out + format_exception_only(e, suggest ? offer_suggestion(e) : std::string());
}

// traceback.py's _ExceptionPrintContext: how deep in exception groups the printing is, and
// whether the innermost group still owes its closing line.
struct PrintContext {
  int depth = 0;
  bool need_close = false;
  bool suggest = false;  // the interpreter's own display (not the traceback module's) adds "Did you mean"
  std::string indent() const { return std::string(static_cast<size_t>(2 * depth), ' '); }
  // Every line of `text`, indented, with "| " (or `margin_char`) inside a group.
  std::string emit(const std::string& text, char margin_char = '|') const {
    std::string prefix = indent();
    if (depth) prefix += std::string(1, margin_char) + " ";
    std::string out;
    for (size_t i = 0; i < text.size();) {
      size_t j = text.find('\n', i);
      if (j == std::string::npos) j = text.size();
      out += prefix + text.substr(i, j - i) + "\n";
      i = j + 1;
    }
    return out;
  }
};

std::string format_group(const Object& e, PrintContext& ctx);

// TracebackException.format: the chain (cause or context first), then the exception itself.
std::string format_chain(const Object& e, PrintContext& ctx) {
  auto* eo = e.as<ExceptionObject>();
  std::string out;
  if (!eo->cause.is_unbound()) {
    out += format_chain(eo->cause, ctx);
    out += ctx.emit("\nThe above exception was the direct cause of the following exception:\n\n");
  } else if (!eo->context.is_unbound() && !eo->suppress_context) {
    out += format_chain(eo->context, ctx);
    out += ctx.emit("\nDuring handling of the above exception, another exception occurred:\n\n");
  }
  if (eo->cls->is_subtype_of(&exc::BaseExceptionGroup)) return out + format_group(e, ctx);
  return out + ctx.emit(format_one(e, true, ctx.suggest));
}

// CPython 3.11's boxed layout for exception groups (at most 15 members shown).
std::string format_group(const Object& e, PrintContext& ctx) {
  constexpr size_t kMaxWidth = 15;
  auto* eo = e.as<ExceptionObject>();
  std::string out;
  const bool top = ctx.depth == 0;
  if (top) ++ctx.depth;
  if (!eo->tb.empty()) {
    out += ctx.emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
    out += ctx.emit(format_entries(eo->tb));
  }
  out += ctx.emit(format_exception_only(e));
  const size_t count = eo->exceptions.size();
  const size_t n = count <= kMaxWidth ? count : kMaxWidth + 1;
  ctx.need_close = false;
  for (size_t i = 0; i < n; ++i) {
    const bool last = i + 1 == n, truncated = i >= kMaxWidth;
    if (last) ctx.need_close = true;
    out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " +
           (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
    ++ctx.depth;
    if (!truncated) {
      out += format_chain(eo->exceptions[i], ctx);
    } else {
      const size_t more = count - kMaxWidth;
      out += ctx.emit("and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n");
    }
    if (last && ctx.need_close) {
      out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    --ctx.depth;
  }
  if (top) ctx.depth = 0;
  return out;
}

}  // namespace

std::string format_tb_entry(const CodeInfo* code, int pos) { return format_entry(code, pos); }

namespace {
bool small_int(const Object& v, int64_t& out) {
  if (!is_int(v)) return false;
  return aiocc::detail::small(v, out);
}

// pythonrun.c's print_error_text: the line of a SyntaxError's text the (1-based) offset falls
// in, without its indentation, and carets under [offset, end_offset).
std::string error_text(int64_t offset, int64_t end_offset, const std::string& whole) {
  const int64_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  std::string_view text = whole;
  --offset;
  while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f')) {
    text.remove_prefix(1);
    --offset;
  }
  int64_t len = static_cast<int64_t>(text.size());
  if (len > 0 && text[len - 1] == '\n') --len;
  if (offset > len) offset = len;
  for (;;) {
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos || static_cast<int64_t>(nl) >= offset) break;
    text.remove_prefix(nl + 1);
    len -= static_cast<int64_t>(nl) + 1;
    offset -= static_cast<int64_t>(nl) + 1;
  }
  std::string out = "    " + std::string(text);
  if (static_cast<size_t>(len) >= text.size() || text[len] != '\n') out += "\n";
  if (offset < 0) return out;
  return out + "    " + std::string(offset, ' ') + std::string(carets, '^') + "\n";
}

// pythonrun.c's print_exception_file_and_line: a SyntaxError whose location parses is shown
// at it ("  File ..., line N", the text and carets), then by its msg alone. False: shown as
// any exception.
bool syntax_error_location(const ExceptionObject& eo, std::string& out, Object& shown) {
  const Object filename = eo.attr_or_none("filename"), text = eo.attr_or_none("text");
  int64_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
  if (!small_int(eo.attr_or_none("lineno"), lineno)) return false;
  if (Object v = eo.attr_or_none("offset"); !v.is_none() && !small_int(v, offset)) return false;
  end_lineno = lineno;
  if (eo.cls == &exc::SyntaxError) {
    if (Object v = eo.attr_or_none("end_lineno"); !v.is_none() && !small_int(v, end_lineno)) return false;
    if (Object v = eo.attr_or_none("end_offset"); !v.is_none() && !small_int(v, end_offset)) return false;
  }
  out += "  File \"" + (filename.is_none() ? std::string("<string>") : aiocc::str(filename)) + "\", line " +
         std::to_string(lineno) + "\n";
  if (is_str(text)) {
    const std::string& line = str_value(text);
    const auto size = static_cast<int64_t>(line.size());
    if (end_lineno > lineno) end_offset = size;
    if (end_offset > size + 1) end_offset = size + 1;
    out += error_text(offset, end_offset, line);
  }
  shown = eo.attr_or_none("msg");
  return true;
}
}  // namespace

// The last line(s) of a traceback: the exception, then its __notes__ (pythonrun.c's
// print_exception_notes: each str note as it is, anything else by str(), a non-sequence by repr).
std::string format_exception_only(const Object& e, const std::string& suggestion) {
  auto* eo = e.as<ExceptionObject>();
  std::string out;
  Object located;
  const bool syntax = eo->cls->is_subtype_of(&exc::SyntaxError) && syntax_error_location(*eo, out, located);
  std::string s;
  try {
    s = syntax ? aiocc::str(located) : eo->str();
  } catch (PyException&) {  // a user __str__ that raised
    s = "<exception str() failed>";
  }
  std::string name = eo->cls->traceback_name();
  out += (s.empty() ? name : name + ": " + s) + suggestion + "\n";
  const Object* notes = as_dict(eo->attrs) ? as_dict(eo->attrs)->find(py_str("__notes__")) : nullptr;
  if (!notes) return out;
  if (!as_list(*notes) && !as_tuple(*notes)) return out + aiocc::repr(*notes) + "\n";
  for (const Object& note : to_vector(*notes)) {
    try {
      out += aiocc::str(note) + "\n";
    } catch (PyException&) {
      out += "<note str() failed>\n";
    }
  }
  return out;
}

std::string format_exception(const Object& e) {
  PrintContext ctx;
  return format_chain(e, ctx);
}

void write_unraisable(const std::string& what, PyException& e) {
  auto& tb = e.obj()->tb;
  if (g_frame && tb.size() > 1 && tb.back().code == g_frame->code) tb.pop_back();
  builtins::flush_stdout();
  builtins::write_stderr("Exception ignored in: " + what + "\n" + format_exception(e.exc));
}

void print_exception(const Object& e) {
  builtins::flush_stdout();
  PrintContext ctx;
  ctx.suggest = true;
  builtins::write_stderr(format_chain(e, ctx));
}

}  // namespace aiocc
