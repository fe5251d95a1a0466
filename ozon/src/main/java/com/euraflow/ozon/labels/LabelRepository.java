package com.euraflow.ozon.labels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored label PDFs, one per posting, and the print counts kept on the postings. */
@Repository
class LabelRepository {

  private final JdbcClient jdbc;

  LabelRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores labels in one statement; a label fetched again replaces the old one. */
  void store(long shopId, Map<String, byte[]> labels, Instant now) {
    if (labels.isEmpty()) {
      return;
    }
    var numbers = labels.keySet().toArray(String[]::new);
    var pdfs = new byte[numbers.length][];
    for (var i = 0; i < numbers.length; i++) {
      pdfs[i] = labels.get(numbers[i]);
    }
    jdbc.sql("""
        INSERT INTO ozon.labels (shop_id, posting_number, pdf, fetched_at)
        SELECT :shopId, n, p, :now FROM unnest(CAST(:numbers AS text[]), CAST(:pdfs AS bytea[])) AS l(n, p)
        ON CONFLICT (shop_id, posting_number) DO UPDATE SET pdf = excluded.pdf, fetched_at = excluded.fetched_at
        """)
        .param("shopId", shopId)
        .param("numbers", numbers)
        .param("pdfs", pdfs)
        .param("now", Timestamp.from(now))
        .update();
  }

  /** The stored labels of these postings of one shop, by posting number. */
  Map<String, byte[]> find(long shopId, List<String> postingNumbers) {
    var found = new HashMap<String, byte[]>();
    jdbc.sql("SELECT posting_number, pdf FROM ozon.labels WHERE shop_id = :shopId AND posting_number = ANY(:numbers)")
        .param("shopId", shopId)
        .param("numbers", postingNumbers.toArray(String[]::new))
        .query(rs -> {
          found.put(rs.getString("posting_number"), rs.getBytes("pdf"));
        });
    return found;
  }

  /** Counts one more print of each posting, in one statement. */
  void countPrint(long shopId, List<String> postingNumbers, Instant now) {
    jdbc.sql("""
        UPDATE ozon.postings SET label_print_count = label_print_count + 1, label_printed_at = :now
         WHERE shop_id = :shopId AND posting_number = ANY(:numbers)
        """)
        .param("shopId", shopId)
        .param("numbers", postingNumbers.toArray(String[]::new))
        .param("now", Timestamp.from(now))
        .update();
  }
}
