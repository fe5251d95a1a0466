package com.euraflow.ozon.labels;

import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobRequest;
import com.euraflow.kernel.errors.EuraFlowException;
import com.euraflow.kernel.errors.NotFoundException;
import com.euraflow.kernel.errors.ValidationFailedException;
import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.CurrentCaller;
import com.euraflow.kernel.tenancy.ShopAccess;
import com.euraflow.ozon.sync.SyncKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Batch label printing: stored labels merged into one PDF, missing ones fetched by a job per shop. */
@Service
public class Labels {

  static final int MAX_BATCH = 200;
  static final String PRINTABLE_STATUS = "awaiting_deliver";

  private final LabelRepository labels;
  private final ShopAccess shopAccess;
  private final JobClient jobs;
  private final JdbcClient jdbc;
  private final Clock clock;

  Labels(LabelRepository labels, ShopAccess shopAccess, JobClient jobs, JdbcClient jdbc, Clock clock) {
    this.labels = labels;
    this.shopAccess = shopAccess;
    this.jobs = jobs;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public LabelPrint print(List<String> postingNumbers) {
    if (postingNumbers == null || postingNumbers.isEmpty() || postingNumbers.size() > MAX_BATCH) {
      throw ValidationFailedException.field("postingNumbers", "1.." + MAX_BATCH + " posting numbers");
    }
    var numbers = List.copyOf(new LinkedHashSet<>(postingNumbers));
    var visible = List.copyOf(shopAccess.visibleShopIds());
    var found = postings(visible, numbers);
    for (var number : numbers) {
      if (!found.containsKey(number)) {
        throw NotFoundException.of("posting", number);
      }
    }
    var notPrintable = found.values().stream().filter(p -> !PRINTABLE_STATUS.equals(p.status()))
        .map(Found::postingNumber).toList();
    if (!notPrintable.isEmpty()) {
      throw new NotPrintable(notPrintable);
    }
    var byShop = new LinkedHashMap<Long, List<String>>();
    found.values().forEach(p -> byShop.computeIfAbsent(p.shopId(), s -> new ArrayList<>()).add(p.postingNumber()));
    byShop.keySet().forEach(shop -> shopAccess.requireShop(shop, Access.WRITE));

    var stored = new LinkedHashMap<String, byte[]>();
    var pending = new ArrayList<String>();
    var jobIds = new ArrayList<Long>();
    byShop.forEach((shop, shopNumbers) -> {
      var have = labels.find(shop, shopNumbers);
      stored.putAll(have);
      var missing = shopNumbers.stream().filter(n -> !have.containsKey(n)).toList();
      if (!missing.isEmpty()) {
        pending.addAll(missing);
        jobIds.add(jobs.enqueue(JobRequest.of(SyncKind.labels.jobName,
                JsonMapper.shared().writeValueAsString(new LabelsFetchJob.Payload(missing)))
            .dedupKey("labels:" + shop + ":" + String.join(",", missing))
            .priority(20)
            .owner(CurrentCaller.get().tenantId(), shop)).id());
      }
    });
    if (!pending.isEmpty()) {
      return new LabelPrint(null, pending, jobIds);
    }
    byShop.forEach((shop, shopNumbers) -> labels.countPrint(shop, shopNumbers, clock.instant()));
    return new LabelPrint(LabelPdfs.merge(numbers.stream().map(stored::get).toList()), List.of(), List.of());
  }

  private Map<String, Found> postings(List<Long> shops, List<String> numbers) {
    var found = new LinkedHashMap<String, Found>();
    if (shops.isEmpty()) {
      return found;
    }
    jdbc.sql("""
        SELECT shop_id, posting_number, status FROM ozon.postings
         WHERE shop_id = ANY(:shops) AND posting_number = ANY(:numbers)
        """)
        .param("shops", shops.toArray(Long[]::new))
        .param("numbers", numbers.toArray(String[]::new))
        .query(rs -> {
          found.put(rs.getString("posting_number"),
              new Found(rs.getLong("shop_id"), rs.getString("posting_number"), rs.getString("status")));
        });
    return found;
  }

  private record Found(long shopId, String postingNumber, String status) {}

  /** 422 NOT_PRINTABLE: OZON gives labels only for postings awaiting delivery (packed). */
  public static final class NotPrintable extends EuraFlowException {
    NotPrintable(List<String> postingNumbers) {
      super("NOT_PRINTABLE", HttpStatus.UNPROCESSABLE_CONTENT,
          "labels exist only for postings in awaiting_deliver; not: " + String.join(", ", postingNumbers));
    }
  }
}
