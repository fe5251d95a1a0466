package com.euraflow.sandbox;

import com.euraflow.sandbox.world.Seeds;
import java.util.UUID;

/**
 * One shop's credentials. They derive from (seed, index) only, so a load test can compute them without asking.
 *
 * @param index 0-based shop index
 * @param name display name
 * @param clientId OZON Client-Id, {@code 100001 + index}
 * @param apiKey OZON Api-Key, a UUID derived from seed and index
 */
public record SandboxShop(int index, String name, long clientId, String apiKey) {

  public static final long FIRST_CLIENT_ID = 100_001;

  private static final String[] NAMES = {
    "Сибирский Двор", "ТехноДом", "Уютная Кухня", "Мир Игрушек", "Кофейная Лавка", "Спорт и Отдых",
    "Домашний Текстиль", "Светлый Дом"
  };

  /** The credentials of shop {@code index} in a sandbox seeded with {@code seed}. */
  public static SandboxShop of(long seed, int index) {
    var key = new UUID(Seeds.mix(seed, index, 0x4B45595F48494748L), Seeds.mix(seed, index, 0x4B45595F4C4F5721L));
    return new SandboxShop(index, NAMES[index % NAMES.length] + " " + (index + 1), FIRST_CLIENT_ID + index, key.toString());
  }

}
