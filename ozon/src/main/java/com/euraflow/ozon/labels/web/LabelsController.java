package com.euraflow.ozon.labels.web;

import com.euraflow.ozon.labels.Labels;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Label printing. 200 with one merged PDF when every label is stored (and the print is counted), else
 * 202 with the postings still being fetched and the jobs to watch; ask again when they are done.
 */
@RestController
class LabelsController {

  private final Labels labels;

  LabelsController(Labels labels) {
    this.labels = labels;
  }

  @PostMapping("/api/ef/v1/ozon/packing/postings/batch-print-labels")
  ResponseEntity<?> batch(@Valid @RequestBody BatchPrintRequest request) {
    return answer(labels.print(request.postingNumbers()));
  }

  @GetMapping("/api/ef/v1/ozon/postings/{postingNumber}/label")
  ResponseEntity<?> one(@PathVariable String postingNumber) {
    return answer(labels.print(List.of(postingNumber)));
  }

  private static ResponseEntity<?> answer(com.euraflow.ozon.labels.LabelPrint print) {
    if (print.ready()) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(print.pdf());
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(Map.of("pending", print.pending(), "jobIds", print.jobIds()));
  }

  record BatchPrintRequest(@NotNull @Size(min = 1, max = 200) List<@NotNull @Size(min = 1, max = 100) String> postingNumbers) {}
}
