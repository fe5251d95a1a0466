package com.euraflow.ozon.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the OZON channel keeps shops in sync.
 *
 * @param backfillDays how far back a newly bound shop's postings are pulled (OZON allows a year)
 * @param overlap how far before the saved position each incremental pull starts again
 * @param fboLookback FBO lists cannot be filtered by status change, so this window is re-read each pull
 * @param ordersPullCron when every active shop's postings are pulled (six-field cron, UTC)
 * @param productsSyncCron when every active shop's catalogue is refreshed
 * @param warehousesSyncCron when every active shop's warehouses are refreshed
 */
@ConfigurationProperties("euraflow.ozon.sync")
public record OzonSyncProperties(
    @DefaultValue("90") int backfillDays,
    @DefaultValue("10m") Duration overlap,
    @DefaultValue("14d") Duration fboLookback,
    @DefaultValue("0 */5 * * * *") String ordersPullCron,
    @DefaultValue("0 7 * * * *") String productsSyncCron,
    @DefaultValue("0 30 3 * * *") String warehousesSyncCron) {}
