package com.euraflow.kernel.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretCipherTests {

  private static final String OLD = "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  private static final String NEW = "k2:HxweHRwbGhkYFxYVFBMSERAPDg0MCwoJCAcGBQQDAgE=";

  @Test
  void sealsWithTheFirstKeyAndOpensWithAnyKeyOfTheRing() {
    var before = new SecretCipher(OLD);
    var sealed = before.seal("ozon-api-key", "ctx");
    var after = new SecretCipher(NEW + "," + OLD);

    assertThat(sealed.keyId()).isEqualTo("k1");
    assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("ozon-api-key");
    assertThat(after.open(sealed, "ctx")).isEqualTo("ozon-api-key");
    assertThat(after.seal("ozon-api-key", "ctx").keyId()).isEqualTo("k2");
  }

  @Test
  void refusesTamperedCiphertextsOtherContextsAndDroppedKeys() {
    var cipher = new SecretCipher(OLD);
    var sealed = cipher.seal("ozon-api-key", "shop-1");
    var tampered = sealed.ciphertext().clone();
    tampered[tampered.length - 1] ^= 1;

    assertThatThrownBy(() -> cipher.open(new SecretCipher.Sealed("k1", tampered), "shop-1")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.open(sealed, "shop-2")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SecretCipher(NEW).open(sealed, "shop-1")).hasMessageContaining("k1");
  }

  @Test
  void usesAFreshNonceEachTime() {
    var cipher = new SecretCipher(OLD);

    assertThat(cipher.seal("same", "ctx").ciphertext()).isNotEqualTo(cipher.seal("same", "ctx").ciphertext());
  }

  @Test
  void explainsAMalformedKeyRing() {
    assertThatThrownBy(() -> new SecretCipher("no-colon")).hasMessageContaining("EF_MASTER_KEY");
    assertThatThrownBy(() -> new SecretCipher("k1:c2hvcnQ=")).hasMessageContaining("32 bytes");
  }
}
