package com.euraflow.ozon.postings;

/** What storing one page of OZON postings changed. */
record PageUpsert(int pulled, int inserted, int updated, int unchanged, int unknownStatus) {

  static final PageUpsert NONE = new PageUpsert(0, 0, 0, 0, 0);

  PageUpsert plus(PageUpsert other) {
    return new PageUpsert(pulled + other.pulled, inserted + other.inserted, updated + other.updated,
        unchanged + other.unchanged, unknownStatus + other.unknownStatus);
  }
}
