package com.euraflow.kernel.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogMaskerTests {

  @Test
  void masksPhoneNumbersKeepingTheFirstFourAndLastThreeDigits() {
    assertThat(LogMasker.mask("call +7 (916) 123-45-67 now")).isEqualTo("call +7916****567 now");
    assertThat(LogMasker.mask("call +79161234567")).isEqualTo("call +7916****567");
    assertThat(LogMasker.mask("call 8 916 123 45 67")).isEqualTo("call 8916****567");
    assertThat(LogMasker.mask("手机 13812345678")).isEqualTo("手机 1381****678");
  }

  @Test
  void leavesPostingNumbersSkusAndTimesAlone() {
    var text = "posting 12345678-0001-1 sku 1234567890 offer A-77 at 2026-11-26T12:00:00Z took 1534 ms";

    assertThat(LogMasker.mask(text)).isEqualTo(text);
  }

  @Test
  void masksEmailsKeepingTheFirstLetterAndDomain() {
    assertThat(LogMasker.mask("sent to ivan.petrov@mail.ru")).isEqualTo("sent to i***@mail.ru");
  }

  @Test
  void masksSecretsInHeadersParametersAndJson() {
    assertThat(LogMasker.mask("Client-Id: 12345, Api-Key: 9f8e7d6c-aaaa-bbbb")).isEqualTo("Client-Id: 12345, Api-Key: ***");
    assertThat(LogMasker.mask("Authorization: Bearer abc.def")).isEqualTo("Authorization: Bearer ***");
    assertThat(LogMasker.mask("login?user=7&password=hunter2&next=/")).isEqualTo("login?user=7&password=***&next=/");
    assertThat(LogMasker.mask("{\"api_key\":\"k-1\",\"refresh_token\":\"r \\\"2\\\"\",\"shop\":3}"))
        .isEqualTo("{\"api_key\":\"***\",\"refresh_token\":\"***\",\"shop\":3}");
  }

  @Test
  void masksBareJsonWebTokens() {
    assertThat(LogMasker.mask("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI3In0.c2lnbmF0dXJl expired"))
        .isEqualTo("token *** expired");
  }

  @Test
  void masksBuyersInOzonPostingJson() {
    var posting = """
        {"posting_number":"123-0001-1","customer":{"name":"Иван Петров","phone":"+79161234567",\
        "address":{"city":"Москва","address_tail":"ул. Ленина, 1"}},"addressee":{"name":"Иван","phone":"+79161234567"},\
        "products":[{"name":"Чехол для телефона","sku":123}]}""";

    assertThat(LogMasker.mask(posting)).isEqualTo("""
        {"posting_number":"123-0001-1","customer":"***","addressee":"***",\
        "products":[{"name":"Чехол для телефона","sku":123}]}""");
  }

  @Test
  void masksNamesAndAddressesInKnownKeys() {
    assertThat(LogMasker.mask("{\"buyer_name\": \"Анна\", \"address_tail\": \"д. 5\", \"city\": \"Казань\"}"))
        .isEqualTo("{\"buyer_name\": \"***\", \"address_tail\": \"***\", \"city\": \"Казань\"}");
    assertThat(LogMasker.mask("Recipient[customerName=Анна Иванова, city=Казань]"))
        .isEqualTo("Recipient[customerName=***, city=Казань]");
  }
}
