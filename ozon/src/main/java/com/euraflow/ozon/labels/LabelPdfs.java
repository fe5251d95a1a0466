package com.euraflow.ozon.labels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Splits OZON's batch label PDFs into one PDF per posting and merges stored labels for a print. */
final class LabelPdfs {

  private LabelPdfs() {}

  /**
   * One PDF per posting when the batch has exactly one page per posting (in request order), else empty:
   * the caller then fetches the labels one by one rather than guess which page is whose.
   */
  static Optional<List<byte[]>> splitPerPosting(byte[] batch, int postings) {
    try (var document = Loader.loadPDF(batch)) {
      if (document.getNumberOfPages() != postings) {
        return Optional.empty();
      }
      var parts = new ArrayList<byte[]>(postings);
      for (var page : document.getPages()) {
        try (var single = new PDDocument()) {
          single.importPage(page);
          parts.add(bytes(single));
        }
      }
      return Optional.of(parts);
    } catch (IOException e) {
      throw new UncheckedIOException("OZON sent a label that is not a readable PDF", e);
    }
  }

  /** The labels in the given order as one PDF, ready to print. */
  static byte[] merge(List<byte[]> labels) {
    var merger = new PDFMergerUtility();
    var out = new ByteArrayOutputStream();
    labels.forEach(label -> merger.addSource(new org.apache.pdfbox.io.RandomAccessReadBuffer(label)));
    merger.setDestinationStream(out);
    try {
      merger.mergeDocuments(org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache());
    } catch (IOException e) {
      throw new UncheckedIOException("could not merge stored labels", e);
    }
    return out.toByteArray();
  }

  static int pages(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(PDDocument document) throws IOException {
    var out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
