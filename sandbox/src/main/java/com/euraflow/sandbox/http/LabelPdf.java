package com.euraflow.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A minimal valid PDF: one 70×125 mm page per posting with its number in Helvetica. */
final class LabelPdf {

  private static final int WIDTH = 198;
  private static final int HEIGHT = 354;

  private LabelPdf() {}

  static byte[] render(List<String> postingNumbers) {
    var objects = new ArrayList<String>();
    int pages = postingNumbers.size();
    // Objects: 1 catalog, 2 pages, 3 font, then a page and its content stream per posting.
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    var kids = new StringBuilder();
    for (int i = 0; i < pages; i++) kids.append(4 + 2 * i).append(" 0 R ");
    objects.add("<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages + " >>");
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < pages; i++) {
      var text = "BT /F1 12 Tf 14 300 Td (OZON FBS) Tj 0 -24 Td (" + escape(postingNumbers.get(i)) + ") Tj ET";
      objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "] /Resources << /Font << /F1 3 0 R >> >> /Contents " + (5 + 2 * i) + " 0 R >>");
      objects.add("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
    }
    var out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n");
    var offsets = new int[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    var table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int offset : offsets) table.append(String.format("%010d 00000 n \n", offset));
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    write(out, table.toString());
    return out.toByteArray();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
