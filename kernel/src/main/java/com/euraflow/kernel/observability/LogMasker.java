package com.euraflow.kernel.observability;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks secrets and buyers' personal data in log text, the way the original system's {@code
 * PIIMaskingProcessor} did: phone {@code +7916****567}, e-mail {@code f***@domain}, names and street
 * addresses in known keys {@code ***}, secrets {@code ***}.
 *
 * <p>It is a safety net for what slips into a message, not a licence to log payloads.
 */
public final class LogMasker {

  private static final String MASK = "***";
  private static final String SECRET_KEYS = "api[-_]?key|client[-_]?secret|secret|passw(?:or)?d|pwd"
      + "|(?:access[-_]?|refresh[-_]?|captcha[-_]?)?token|authorization|cookie";
  private static final String PII_KEYS = "phone|phones|courier_phones|e-?mail|fio"
      + "|(?:customer|buyer|recipient|addressee|full|first|last|middle)_?name"
      + "|address|address_tail|street|house|apartment|zip_?code|postal_?code|passport|comment";
  // Whole buyer objects in OZON postings, one nested level deep (customer.address).
  private static final String PERSON_OBJECTS = "customer|addressee|buyer|recipient";

  private static final List<Rule> RULES = List.of(
      rule(
          "(?i)(\"(?:" + PERSON_OBJECTS + ")\"\\s*:\\s*)\\{(?:[^{}]|\\{[^{}]*\\})*\\}",
          m -> m.group(1) + "\"" + MASK + "\""),
      rule(
          "(?i)(\"(?:" + SECRET_KEYS + "|" + PII_KEYS + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\]]*\\])",
          m -> m.group(1) + "\"" + MASK + "\""),
      rule(
          "(?i)\\b(" + SECRET_KEYS + ")(\\s*[:=]\\s*)(bearer\\s+|basic\\s+)?[^\\s\",;&}\\]]+",
          m -> m.group(1) + m.group(2) + nullToEmpty(m.group(3)) + MASK),
      rule(
          "(?i)\\b((?:customer|buyer|recipient|addressee)_?name|fio|address(?:_tail)?)(\\s*[:=]\\s*)[^,;}\\]\\n]+",
          m -> m.group(1) + m.group(2) + MASK),
      rule("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*", m -> MASK),
      rule(
          "\\b([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})\\b",
          m -> m.group(1) + MASK + "@" + m.group(2)),
      rule("(?<![\\w+])\\+\\d(?:[\\s().-]{0,2}\\d){9,14}(?!\\d)", m -> phone("+", m.group())),
      rule("(?<![\\w+])[78][\\s(-]*9\\d{2}[\\s)-]*\\d{3}[\\s-]*\\d{2}[\\s-]*\\d{2}(?!\\d)", m -> phone("", m.group())),
      rule("(?<![\\w+])1[3-9]\\d{9}(?!\\d)", m -> phone("", m.group())));

  private LogMasker() {}

  /** The text with every recognised secret and personal datum masked. */
  public static String mask(String text) {
    var masked = text;
    for (var rule : RULES) {
      masked = rule.pattern
          .matcher(masked)
          .replaceAll(m -> Matcher.quoteReplacement(rule.replacement.apply(m)));
    }
    return masked;
  }

  private static String phone(String prefix, String match) {
    var digits = match.replaceAll("\\D", "");
    return prefix + digits.substring(0, 4) + "****" + digits.substring(digits.length() - 3);
  }

  private static String nullToEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static Rule rule(String regex, Function<MatchResult, String> replacement) {
    return new Rule(Pattern.compile(regex), replacement);
  }

  private record Rule(Pattern pattern, Function<MatchResult, String> replacement) {}
}
