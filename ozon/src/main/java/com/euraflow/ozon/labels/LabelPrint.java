package com.euraflow.ozon.labels;

import java.util.List;

/**
 * The answer to a print request: the merged PDF when every label is stored, otherwise the postings still
 * being fetched and the jobs fetching them.
 */
public record LabelPrint(byte[] pdf, List<String> pending, List<Long> jobIds) {

  public boolean ready() {
    return pdf != null;
  }
}
