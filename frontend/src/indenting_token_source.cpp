#include "indenting_token_source.h"

#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "AioPyLexer.h"
#include "AioPyParser.h"
#include "aiocc/frontend/diagnostics.h"
#include "aiocc/frontend/limits.h"

namespace aiocc::frontend {

IndentingTokenSource::IndentingTokenSource(antlr4::Lexer& lexer,
                                           const std::vector<std::string>& lines)
    : lexer_(lexer), lines_(lines) {}

std::unique_ptr<antlr4::Token> IndentingTokenSource::synthesize(size_t type,
                                                                const std::string& text,
                                                                size_t line, size_t col) {
  auto tok = std::make_unique<antlr4::CommonToken>(type, text);
  tok->setLine(line);
  tok->setCharPositionInLine(col);
  return tok;
}

IndentingTokenSource::Indent IndentingTokenSource::indentation_of(size_t line) const {
  Indent in{0, 0};
  if (line == 0 || line > lines_.size()) return in;
  for (char c : lines_[line - 1]) {
    if (c == ' ') {
      ++in.width;
      ++in.alt;
    } else if (c == '\t') {
      in.width = (in.width / 8 + 1) * 8;
      ++in.alt;
    } else if (c == '\f') {
      in = {0, 0};
    } else {
      break;
    }
  }
  return in;
}

// A name with characters beyond ASCII (the lexer takes every such character into a name, as
// CPython's tokenizer does) must be an identifier (XID_Start, then XID_Continue), and is read
// in NFKC form: verify_identifier and _PyPegen_new_identifier.
void IndentingTokenSource::check_identifier(antlr4::Token& tok) {
  const std::string text = tok.getText();
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  size_t i = 0;
  int col = static_cast<int>(tok.getCharPositionInLine());
  for (bool first = true; i < text.size(); first = false, ++col) {
    ucs4_t ch;
    const int n = u8_mbtouc(&ch, s + i, text.size() - i);
    const bool ok = first ? (ch == '_' || uc_is_property_xid_start(ch)) : uc_is_property_xid_continue(ch);
    if (!ok) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(ch));
      // Py_UNICODE_ISPRINTABLE: neither "Other" (C*) nor "Separator" (Z*).
      const bool printable = !uc_is_general_category(ch, UC_CATEGORY_C) && !uc_is_general_category(ch, UC_CATEGORY_Z);
      const std::string msg = printable
                                  ? "invalid character '" + text.substr(i, static_cast<size_t>(n)) + "' (U+" + hex + ")"
                                  : std::string("invalid non-printable character U+") + hex;
      throw CompileError(CompileError::Kind::Syntax, static_cast<int>(tok.getLine()), col, msg);
    }
    i += static_cast<size_t>(n);
  }
  size_t len = 0;
  uint8_t* nfkc = u8_normalize(UNINORM_NFKC, s, text.size(), nullptr, &len);
  if (nfkc) {
    if (auto* common = dynamic_cast<antlr4::CommonToken*>(&tok)) {
      common->setText(std::string(reinterpret_cast<char*>(nfkc), len));
    }
    std::free(nfkc);
  }
}

std::unique_ptr<antlr4::Token> IndentingTokenSource::nextToken() {
  if (!pending_.empty()) {
    auto tok = std::move(pending_.front());
    pending_.pop_front();
    return tok;
  }
  for (;;) {
    auto tok = lexer_.nextToken();
    const size_t type = tok->getType();
    if (type == AioPyLexer::NEWLINE) {
      if (bracket_depth_ > 0 || at_line_start_) continue;
      at_line_start_ = true;
      return tok;
    }
    if (type == antlr4::Token::EOF) {
      const size_t line = tok->getLine();
      if (!at_line_start_) pending_.push_back(synthesize(AioPyLexer::NEWLINE, "\n", line, 0));
      for (size_t i = 1; i < indents_.size(); ++i) {
        pending_.push_back(synthesize(AioPyParser::DEDENT, "<DEDENT>", line, 0));
      }
      indents_.resize(1);
      pending_.push_back(std::move(tok));
      return nextToken();
    }
    const std::string text = tok->getText();
    if (type == AioPyLexer::NAME) check_identifier(*tok);
    if (text == "(" || text == "[" || text == "{") {
      if (bracket_depth_ >= kMaxBracketDepth) {
        throw CompileError(CompileError::Kind::Syntax, static_cast<int>(tok->getLine()),
                           static_cast<int>(tok->getCharPositionInLine()), "too many nested parentheses");
      }
      ++bracket_depth_;
    } else if ((text == ")" || text == "]" || text == "}") && bracket_depth_ > 0) {
      --bracket_depth_;
    }
    if (!at_line_start_) return tok;

    at_line_start_ = false;
    const size_t line = tok->getLine();
    const Indent in = indentation_of(line);
    auto tab_error = [&] {
      throw CompileError(CompileError::Kind::Syntax, static_cast<int>(line), in.width,
                         "inconsistent use of tabs and spaces in indentation");
    };
    if (in.width == indents_.back().width) {
      if (in.alt != indents_.back().alt) tab_error();
    } else if (in.width > indents_.back().width) {
      if (in.alt <= indents_.back().alt) tab_error();
      if (indents_.size() >= static_cast<size_t>(kMaxIndentLevels)) {
        throw CompileError(CompileError::Kind::Syntax, static_cast<int>(line), 0,
                           "too many levels of indentation");
      }
      indents_.push_back(in);
      pending_.push_back(synthesize(AioPyParser::INDENT, "<INDENT>", line, 0));
    } else {
      while (in.width < indents_.back().width) {
        indents_.pop_back();
        pending_.push_back(synthesize(AioPyParser::DEDENT, "<DEDENT>", line, 0));
      }
      if (in.width != indents_.back().width) {
        throw CompileError(CompileError::Kind::Syntax, static_cast<int>(line), in.width,
                           "unindent does not match any outer indentation level");
      }
      if (in.alt != indents_.back().alt) tab_error();
    }
    pending_.push_back(std::move(tok));
    return nextToken();
  }
}

}  // namespace aiocc::frontend
