package com.euraflow.ozon.warehouses;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.OzonJson;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.ShopJob;
import com.euraflow.ozon.sync.SyncCheckpoints;
import com.euraflow.ozon.sync.SyncKind;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;

/** Mirrors a shop's FBS/rFBS warehouses (OZON allows this call once a minute per shop). */
@Component
class WarehousesSyncJob extends ShopJob {

  private final WarehouseRepository warehouses;
  private final OzonClient ozon;
  private final SyncCheckpoints checkpoints;
  private final Clock clock;

  WarehousesSyncJob(WarehouseRepository warehouses, OzonClient ozon, OzonJobs ozonJobs, SyncCheckpoints checkpoints,
      Clock clock) {
    super(SyncKind.warehouses, ozonJobs);
    this.warehouses = warehouses;
    this.ozon = ozon;
    this.checkpoints = checkpoints;
    this.clock = clock;
  }

  @Override
  protected JobResult run(JobContext context, OzonCredentials credentials) {
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
  }
}
