package com.euraflow.kernel.crypto;

import com.euraflow.kernel.config.KernelProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for secrets at rest (OZON Api-Keys). The master key ring comes from {@code
 * EF_MASTER_KEY} as {@code id:base64[,id:base64...]}: the first key encrypts, every listed key
 * decrypts, so a key can be rotated by prepending a new one. Each ciphertext is stored next to the id
 * of the key that made it.
 */
@Component
public class SecretCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, SecretKey> keys;
  private final String currentKeyId;

  @Autowired
  public SecretCipher(KernelProperties properties) {
    this(properties.masterKey());
  }

  SecretCipher(String keyRing) {
    this.keys = parse(keyRing);
    this.currentKeyId = keys.keySet().iterator().next();
  }

  /** A ciphertext and the id of the master key that made it. */
  public record Sealed(String keyId, byte[] ciphertext) {}

  public String currentKeyId() {
    return currentKeyId;
  }

  /**
   * Encrypts {@code plaintext}; {@code context} (e.g. the column and row identity) is authenticated
   * but not stored, so a ciphertext copied to another row fails to open.
   */
  public Sealed seal(String plaintext, String context) {
    var nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      var body = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return new Sealed(currentKeyId, ByteBuffer.allocate(nonce.length + body.length).put(nonce).put(body).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  public String open(Sealed sealed, String context) {
    var key = keys.get(sealed.keyId());
    if (key == null) {
      throw new IllegalStateException("master key '" + sealed.keyId() + "' is not in EF_MASTER_KEY any more");
    }
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      var bytes = sealed.ciphertext();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed (wrong key or tampered ciphertext)", e);
    }
  }

  private static Map<String, SecretKey> parse(String keyRing) {
    var keys = new LinkedHashMap<String, SecretKey>();
    for (var entry : keyRing.split(",")) {
      var parts = entry.trim().split(":", 2);
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new IllegalArgumentException("EF_MASTER_KEY must be id:base64key[,id:base64key...]");
      }
      byte[] raw;
      try {
        raw = Base64.getDecoder().decode(parts[1].trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("EF_MASTER_KEY key '" + parts[0] + "' is not base64");
      }
      if (raw.length != 32) {
        throw new IllegalArgumentException("EF_MASTER_KEY key '" + parts[0] + "' must be 32 bytes (AES-256)");
      }
      keys.put(parts[0].trim(), new SecretKeySpec(raw, "AES"));
    }
    return keys;
  }
}
