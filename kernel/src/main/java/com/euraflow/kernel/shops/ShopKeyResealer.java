package com.euraflow.kernel.shops;

import com.euraflow.kernel.crypto.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a master key rotation: at start, re-seals every Api-Key made with an older key of the
 * ring with the current one, a batch per transaction, so the old key can then be dropped.
 */
@Component
class ShopKeyResealer {

  private static final Logger log = LoggerFactory.getLogger(ShopKeyResealer.class);
  private static final int BATCH = 500;

  private final ShopRepository repository;
  private final SecretCipher cipher;
  private final TransactionTemplate transactions;

  ShopKeyResealer(ShopRepository repository, SecretCipher cipher, TransactionTemplate transactions) {
    this.repository = repository;
    this.cipher = cipher;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void resealAll() {
    int total = 0;
    int batch;
    do {
      batch = transactions.execute(status -> {
        var stale = repository.lockKeysNotSealedWith(cipher.currentKeyId(), BATCH);
        if (!stale.isEmpty()) {
          repository.storeKeys(stale.stream().map(k -> {
            var context = ShopService.context(k.clientId());
            return new ShopRepository.StoredKey(k.shopId(), k.clientId(),
                cipher.seal(cipher.open(k.sealed(), context), context));
          }).toList());
        }
        return stale.size();
      });
      total += batch;
    } while (batch == BATCH);
    if (total > 0) {
      log.info("re-sealed {} shop Api-Keys with master key '{}'", total, cipher.currentKeyId());
    }
  }
}
