package com.euraflow.ozon.warehouses;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobHandler;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonJson;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.SyncCheckpoints;
import com.euraflow.ozon.sync.SyncKind;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;

/** Mirrors a shop's FBS/rFBS warehouses (OZON allows this call once a minute per shop). */
@Component
class WarehousesSyncJob implements JobHandler {

  private final WarehouseRepository warehouses;
  private final OzonClient ozon;
  private final OzonJobs ozonJobs;
  private final SyncCheckpoints checkpoints;
  private final Clock clock;

  WarehousesSyncJob(WarehouseRepository warehouses, OzonClient ozon, OzonJobs ozonJobs, SyncCheckpoints checkpoints,
      Clock clock) {
    this.warehouses = warehouses;
    this.ozon = ozon;
    this.ozonJobs = ozonJobs;
    this.checkpoints = checkpoints;
    this.clock = clock;
  }

  @Override
  public String name() {
    return SyncKind.warehouses.jobName;
  }

  @Override
  public JobResult run(JobContext context) {
    return ozonJobs.runForShop(context, SyncKind.warehouses, credentials -> {
      var raw = OzonJson.mapper();
      var rows = ozon.warehouseList(credentials).result().stream().map(w -> {
        var row = new LinkedHashMap<String, Object>();
        row.put("warehouse_id", w.warehouseId());
        row.put("name", w.name());
        row.put("status", w.status());
        row.put("is_rfbs", w.isRfbs());
        row.put("is_kgt", w.isKgt());
        row.put("raw", raw.valueToTree(w));
        return (java.util.Map<String, Object>) row;
      }).toList();
      warehouses.replace(context.shopId(), rows, clock.instant());
      checkpoints.succeeded(context.shopId(), SyncKind.warehouses, null, clock.instant(),
          "{\"warehouses\":" + rows.size() + "}");
      return JobResult.done();
    });
  }
}
