package com.euraflow.sandbox.world;

import java.util.SplittableRandom;

/** Derives independent random streams from (seed, shop, kind, index) so any part of the world can be rebuilt alone. */
public final class Seeds {

  private Seeds() {}

  /** A well-mixed 64-bit value of three inputs (SplitMix64 finalizer). */
  public static long mix(long a, long b, long c) {
    long z = a * 0x9E3779B97F4A7C15L + b * 0xBF58476D1CE4E5B9L + c * 0x94D049BB133111EBL + 0x2545F4914F6CDD1DL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static SplittableRandom random(long seed, int shop, Kind kind, long index) {
    return new SplittableRandom(mix(seed, ((long) kind.ordinal() << 32) | shop, index));
  }

  enum Kind { PRODUCT, POSTING_FATE, POSTING_DETAIL, BUYER, FBO }
}
