package com.euraflow.ozon.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.ozon.OzonDatabase;
import com.euraflow.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class LabelStorageTests {

  private static TestDatabase db;
  private static JdbcClient jdbc;
  private static LabelRepository labels;
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @BeforeAll
  static void migrate() {
    db = OzonDatabase.create();
    jdbc = JdbcClient.create(db.dataSource());
    labels = new LabelRepository(jdbc);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void splitsABatchWithOnePagePerPostingAndMergesThemBack() throws IOException {
    var batch = pdf(3);

    var parts = LabelPdfs.splitPerPosting(batch, 3).orElseThrow();

    assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(LabelPdfs.pages(part)).isEqualTo(1));
    assertThat(LabelPdfs.pages(LabelPdfs.merge(parts))).isEqualTo(3);
  }

  @Test
  void refusesToGuessWhenPagesDoNotMatchPostings() throws IOException {
    assertThat(LabelPdfs.splitPerPosting(pdf(2), 3)).isEmpty();
  }

  @Test
  void storesLabelsAndReplacesARefetchedOne() throws IOException {
    var first = pdf(1);
    var second = pdf(2);
    labels.store(5, Map.of("A-1", first, "B-1", first), NOW);

    labels.store(5, Map.of("A-1", second), NOW.plusSeconds(10));

    var found = labels.find(5, List.of("A-1", "B-1", "C-1"));
    assertThat(found).containsOnlyKeys("A-1", "B-1");
    assertThat(LabelPdfs.pages(found.get("A-1"))).isEqualTo(2);
    assertThat(labels.find(6, List.of("A-1"))).isEmpty();
  }

  private static byte[] pdf(int pages) throws IOException {
    try (var document = new PDDocument()) {
      for (var i = 0; i < pages; i++) {
        document.addPage(new PDPage());
      }
      var out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
