// Turns the ANTLR lexer's flat token stream into Python's logical-line stream:
// - NEWLINE tokens inside (), [] and {} are dropped (implicit line joining);
// - blank and comment-only lines produce nothing;
// - the indentation of the first token of each logical line (tabs to multiples of 8, as
//   CPython does) is compared with a stack and turned into INDENT / DEDENT tokens; as in
//   CPython's tokenizer, it is measured a second time with tabs as one column, and where the
//   two measures disagree on the comparison the indentation is a TabError;
// - at end of input a final NEWLINE and the pending DEDENTs are emitted.
// Backslash continuations and comments are already skipped by the lexer.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "antlr4-runtime.h"

namespace aiocc::frontend {

class IndentingTokenSource : public antlr4::TokenSource {
 public:
  IndentingTokenSource(antlr4::Lexer& lexer, const std::vector<std::string>& lines);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return lexer_.getLine(); }
  size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
  antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override {
    return lexer_.getTokenFactory();
  }

 private:
  static void check_identifier(antlr4::Token& tok);
  std::unique_ptr<antlr4::Token> synthesize(size_t type, const std::string& text, size_t line,
                                            size_t col);
  struct Indent {
    int width;  // tabs to the next multiple of 8
    int alt;    // tabs as one column
  };
  Indent indentation_of(size_t line) const;

  antlr4::Lexer& lexer_;
  const std::vector<std::string>& lines_;
  std::deque<std::unique_ptr<antlr4::Token>> pending_;
  std::vector<Indent> indents_{{0, 0}};
  int bracket_depth_ = 0;
  bool at_line_start_ = true;
};

}  // namespace aiocc::frontend
