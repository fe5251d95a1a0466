package com.euraflow.kernel.observability;

import java.util.Locale;
import java.util.regex.Pattern;

/** SQL text as it may appear in logs and metric tags: literals gone, whitespace collapsed, short. */
final class SqlText {

  static final int MAX_LENGTH = 200;

  // Plain statements can inline values (a buyer's name in a literal); bind markers are safe.
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern DOLLAR_QUOTED =
      Pattern.compile("\\$([A-Za-z_]*)\\$.*?\\$\\1\\$", Pattern.DOTALL);
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private SqlText() {}

  static String forLog(String sql) {
    var text = DOLLAR_QUOTED.matcher(sql).replaceAll("?");
    text = STRING_LITERAL.matcher(text).replaceAll("?");
    text = WHITESPACE.matcher(text).replaceAll(" ").strip();
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }

  /** The statement's kind, a bounded tag value: select, insert, update, delete or other. */
  static String operation(String sql) {
    var text = sql.stripLeading();
    var end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return switch (text.substring(0, end).toLowerCase(Locale.ROOT)) {
      case "select" -> "select";
      case "insert" -> "insert";
      case "update" -> "update";
      case "delete" -> "delete";
      default -> "other";
    };
  }
}
