#include "indenting_token_source.h"

#include "AioPyLexer.h"
#include "AioPyParser.h"
#include "aiocc/frontend/diagnostics.h"

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

int IndentingTokenSource::indentation_of(size_t line) const {
  if (line == 0 || line > lines_.size()) return 0;
  int width = 0;
  for (char c : lines_[line - 1]) {
    if (c == ' ') {
      ++width;
    } else if (c == '\t') {
      width = (width / 8 + 1) * 8;
    } else if (c == '\f') {
      width = 0;
    } else {
      break;
    }
  }
  return width;
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
    if (text == "(" || text == "[" || text == "{") {
      ++bracket_depth_;
    } else if ((text == ")" || text == "]" || text == "}") && bracket_depth_ > 0) {
      --bracket_depth_;
    }
    if (!at_line_start_) return tok;

    at_line_start_ = false;
    const size_t line = tok->getLine();
    const int width = indentation_of(line);
    if (width > indents_.back()) {
      indents_.push_back(width);
      pending_.push_back(synthesize(AioPyParser::INDENT, "<INDENT>", line, 0));
    } else {
      while (width < indents_.back()) {
        indents_.pop_back();
        pending_.push_back(synthesize(AioPyParser::DEDENT, "<DEDENT>", line, 0));
      }
      if (width != indents_.back()) {
        throw CompileError(CompileError::Kind::Syntax, static_cast<int>(line), width,
                           "unindent does not match any outer indentation level");
      }
    }
    pending_.push_back(std::move(tok));
    return nextToken();
  }
}

}  // namespace aiocc::frontend
