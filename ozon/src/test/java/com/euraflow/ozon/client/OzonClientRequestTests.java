package com.euraflow.ozon.client;

import static com.euraflow.ozon.client.FakeOzon.Reply.json;
import static com.euraflow.ozon.client.OzonClientFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.euraflow.ozon.client.FakeOzon.Reply;
import com.euraflow.ozon.client.finance.FinanceTransactionListRequest;
import com.euraflow.ozon.client.labels.PackageLabelCreateRequest;
import com.euraflow.ozon.client.labels.PackageLabelGetRequest;
import com.euraflow.ozon.client.labels.PackageLabelRequest;
import com.euraflow.ozon.client.postings.PostingFboListRequest;
import com.euraflow.ozon.client.postings.PostingFbsAwaitingDeliveryRequest;
import com.euraflow.ozon.client.postings.PostingFbsCancelRequest;
import com.euraflow.ozon.client.postings.PostingFbsGetRequest;
import com.euraflow.ozon.client.postings.PostingFbsListRequest;
import com.euraflow.ozon.client.postings.PostingFbsListV3Request;
import com.euraflow.ozon.client.postings.PostingFbsShipRequest;
import com.euraflow.ozon.client.postings.PostingFbsUnfulfilledListV3Request;
import com.euraflow.ozon.client.postings.TrackingNumberSetRequest;
import com.euraflow.ozon.client.products.PricesImportRequest;
import com.euraflow.ozon.client.products.ProductInfoListRequest;
import com.euraflow.ozon.client.products.ProductListRequest;
import com.euraflow.ozon.client.products.ProductPricesInfoRequest;
import com.euraflow.ozon.client.products.ProductStocksInfoRequest;
import com.euraflow.ozon.client.products.ProductsStocksRequest;
import com.euraflow.ozon.client.products.StocksByWarehouseRequest;
import com.euraflow.ozon.client.returns.ConditionalCancellationListRequest;
import com.euraflow.ozon.client.returns.ReturnsListRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request shapes (paths, headers, JSON field names and types) and parsing of the examples in the
 * OZON documentation (ozon-api-pages/), one OZON method at a time.
 */
class OzonClientRequestTests {

  private final FakeOzon ozon;
  private final OzonClient client;
  private final JsonMapper plain = JsonMapper.builder().build();

  OzonClientRequestTests() throws Exception {
    ozon = new FakeOzon();
    client = OzonClientFixture.client(ozon);
  }

  @AfterEach
  void close() {
    client.close();
    ozon.close();
  }

  private JsonNode sentTo(String path) {
    var bodies = ozon.bodiesTo(path);
    assertThat(bodies).hasSize(1);
    return plain.readTree(bodies.getFirst());
  }

  @Test
  void sendsShopHeadersAndJsonToThePath() {
    ozon.on("/v1/warehouse/list", json("{\"result\": []}"));

    client.warehouseList(SHOP);

    var request = ozon.received().getFirst();
    assertThat(request.path()).isEqualTo("/v1/warehouse/list");
    assertThat(request.clientId()).isEqualTo("123456");
    assertThat(request.apiKey()).isEqualTo("secret-api-key-0f9e8d");
    assertThat(request.contentType()).isEqualTo("application/json");
    assertThat(request.body()).isEqualTo("{}");
  }

  @Test
  void readsWarehouseListExample() {
    ozon.on(
        "/v1/warehouse/list",
        json(
            """
            { "result" : [ { "has_entrusted_acceptance" : true , "is_rfbs" : true , "name" : "string" ,
              "warehouse_id" : 22142605386000 , "can_print_act_in_advance" : true ,
              "first_mile_type" : { "dropoff_point_id" : "string" , "dropoff_timeslot_id" : 0 ,
                "first_mile_is_changing" : true , "first_mile_type" : "DropOff" } ,
              "has_postings_limit" : true , "is_karantin" : true , "is_kgt" : true ,
              "is_timetable_editable" : true , "min_postings_limit" : 0 , "postings_limit" : -1 ,
              "min_working_days" : 0 , "status" : "created" , "working_days" : [ "1" ] } ] }\
            """));

    var warehouse = client.warehouseList(SHOP).result().getFirst();

    assertThat(warehouse.warehouseId()).isEqualTo(22142605386000L);
    assertThat(warehouse.isRfbs()).isTrue();
    assertThat(warehouse.isKgt()).isTrue();
    assertThat(warehouse.postingsLimit()).isEqualTo(-1);
    assertThat(warehouse.status()).isEqualTo("created");
    assertThat(warehouse.workingDays()).containsExactly("1");
    assertThat(warehouse.firstMileType().firstMileType()).isEqualTo("DropOff");
  }

  @Test
  void sendsProductListWithIdsAsStringsAndReadsExample() {
    ozon.on(
        "/v3/product/list",
        json(
            """
            { "result" : { "items" : [ { "archived" : true , "has_fbo_stocks" : true ,
              "has_fbs_stocks" : true , "is_discounted" : true , "offer_id" : "136748" ,
              "product_id" : 223681945 , "quants" : [ { "quant_code" : "string" , "quant_size" : 0 } ] } ] ,
              "total" : 1 , "last_id" : "bnVsbA==" } }\
            """));

    var page =
        client.productList(
            SHOP,
            new ProductListRequest(
                new ProductListRequest.Filter(List.of("136748"), List.of(223681945L), "ALL"),
                "",
                100));

    assertThat(sentTo("/v3/product/list"))
        .isEqualTo(
            plain.readTree(
                """
                {"filter": {"offer_id": ["136748"], "product_id": ["223681945"], "visibility": "ALL"},
                 "last_id": "", "limit": 100}\
                """));
    var item = page.result().items().getFirst();
    assertThat(item.productId()).isEqualTo(223681945L);
    assertThat(item.offerId()).isEqualTo("136748");
    assertThat(item.isDiscounted()).isTrue();
    assertThat(item.hasFbsStocks()).isTrue();
    assertThat(page.result().lastId()).isEqualTo("bnVsbA==");
    assertThat(page.result().total()).isEqualTo(1);
  }

  @Test
  void sendsOneIdentifierGroupToProductInfoListAndReadsPricesAsDecimals() {
    ozon.on(
        "/v3/product/info/list",
        json(
            """
            { "items" : [ { "barcodes" : [ "4600000000001" ] , "created_at" : "2019-08-24T14:15:22Z" ,
              "currency_code" : "RUB" , "description_category_id" : 17028922 , "id" : 223681945 ,
              "images" : [ "https://cdn/1.jpg" ] , "is_archived" : false , "is_autoarchived" : false ,
              "is_kgt" : true , "marketing_price" : "" , "min_price" : "800.0000" , "name" : "Doll" ,
              "offer_id" : "136748" , "old_price" : "1500.0000" , "price" : "1390.000000" ,
              "primary_image" : [ "https://cdn/0.jpg" ] , "sku" : 1100526203 ,
              "statuses" : { "is_created" : true , "moderate_status" : "approved" , "status" : "price_sent" ,
                "status_updated_at" : "2019-08-24T14:15:22Z" , "validation_status" : "success" } ,
              "stocks" : { "has_stock" : true , "stocks" : [ { "present" : 7 , "reserved" : 2 ,
                "sku" : 1100526203 , "source" : "fbs" } ] } ,
              "type_id" : 91565 , "updated_at" : "2019-08-25T14:15:22Z" , "vat" : "0.2" ,
              "visibility_details" : { "has_price" : true , "has_stock" : false } , "volume_weight" : 0.5 } ] }\
            """));

    var item =
        client
            .productInfoList(SHOP, ProductInfoListRequest.byProductIds(List.of(223681945L)))
            .items()
            .getFirst();

    assertThat(sentTo("/v3/product/info/list"))
        .isEqualTo(plain.readTree("{\"product_id\": [\"223681945\"]}"));
    assertThat(item.id()).isEqualTo(223681945L);
    assertThat(item.price()).isEqualByComparingTo("1390");
    assertThat(item.oldPrice()).isEqualByComparingTo("1500");
    assertThat(item.isKgt()).isTrue();
    assertThat(item.statuses().status()).isEqualTo("price_sent");
    assertThat(item.stocks().stocks().getFirst().present()).isEqualTo(7);
    assertThat(item.visibilityDetails().hasPrice()).isTrue();
    assertThat(item.createdAt()).isEqualTo(Instant.parse("2019-08-24T14:15:22Z"));
    assertThat(item.errors()).isEmpty();
  }

  @Test
  void rejectsMoreThanOneThousandProductIdentifiers() {
    var ids = LongStream.rangeClosed(1, 1001).boxed().toList();

    assertThatThrownBy(() -> ProductInfoListRequest.byProductIds(ids))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsStocksInfoExample() {
    ozon.on(
        "/v4/product/info/stocks",
        json(
            """
            { "cursor" : "c2", "items" : [ { "offer_id" : "PH11042" , "product_id" : 313455276 ,
              "stocks" : [ { "present" : 12 , "reserved" : 3 , "shipment_type" : "SHIPMENT_TYPE_GENERAL" ,
              "sku" : 1100526203 , "type" : "fbs" , "warehouse_ids" : [ "22142605386000" ] } ] } ] , "total" : 1 }\
            """));

    var page = client.productStocksInfo(SHOP, ProductStocksInfoRequest.all(100));

    assertThat(sentTo("/v4/product/info/stocks"))
        .isEqualTo(
            plain.readTree(
                "{\"cursor\": \"\", \"filter\": {\"visibility\": \"ALL\"}, \"limit\": 100}"));
    var stock = page.items().getFirst().stocks().getFirst();
    assertThat(stock.type()).isEqualTo("fbs");
    assertThat(stock.present()).isEqualTo(12);
    assertThat(stock.reserved()).isEqualTo(3);
    assertThat(page.cursor()).isEqualTo("c2");
  }

  @Test
  void readsPricesInfoExampleWithNumericMoney() {
    ozon.on(
        "/v5/product/info/prices",
        json(
            """
            { "cursor" : "" , "items" : [ { "acquiring" : 0 , "commissions" : { "fbo_deliv_to_customer_amount" : 14.75 ,
              "fbs_deliv_to_customer_amount" : 60 , "sales_percent_fbo" : 15 , "sales_percent_fbs" : 0 } ,
              "offer_id" : "356792" , "price" : { "auto_action_enabled" : true , "currency_code" : "RUB" ,
              "marketing_price" : 0 , "min_price" : 0 , "net_price" : 0 , "old_price" : 579 , "price" : 499 ,
              "retail_price" : 0 , "vat" : 0.2 } , "product_id" : 243686911 , "volume_weight" : 0 } ] , "total" : 1 }\
            """));

    var item =
        client.productPricesInfo(SHOP, ProductPricesInfoRequest.all(1000)).items().getFirst();

    assertThat(item.productId()).isEqualTo(243686911L);
    assertThat(item.price().price()).isEqualByComparingTo("499");
    assertThat(item.price().oldPrice()).isEqualByComparingTo("579");
    assertThat(item.price().vat()).isEqualByComparingTo("0.2");
    assertThat(item.commissions().fboDelivToCustomerAmount()).isEqualByComparingTo("14.75");
  }

  @Test
  void asksStocksPerWarehouseBySkuStrings() {
    ozon.on(
        "/v1/product/info/stocks-by-warehouse/fbs",
        json(
            """
            { "result" : [ { "sku" : 1100526203 , "present" : 9 , "product_id" : 223681945 , "reserved" : 2 ,
              "warehouse_id" : 22142605386000 , "warehouse_name" : "Main" } ] }\
            """));

    var row =
        client
            .stocksByWarehouse(SHOP, new StocksByWarehouseRequest(List.of(1100526203L)))
            .result()
            .getFirst();

    assertThat(sentTo("/v1/product/info/stocks-by-warehouse/fbs"))
        .isEqualTo(plain.readTree("{\"sku\": [\"1100526203\"]}"));
    assertThat(row.warehouseId()).isEqualTo(22142605386000L);
    assertThat(row.present()).isEqualTo(9);
    assertThat(row.reserved()).isEqualTo(2);
  }

  @Test
  void sendsStockUpdateAndReadsPerItemResults() {
    ozon.on(
        "/v2/products/stocks",
        json(
            """
            { "result" : [ { "warehouse_id" : 22142605386000 , "product_id" : 118597312 , "offer_id" : "PH11042" ,
              "updated" : true , "errors" : [ ] },
              { "warehouse_id" : 22142605386000 , "product_id" : 0 , "offer_id" : "PH11043" ,
              "updated" : false , "errors" : [ { "code": "TOO_MANY_REQUESTS", "message": "Stock is updated too frequently" } ] } ] }\
            """));

    var result =
        client.updateStocks(
            SHOP,
            new ProductsStocksRequest(
                List.of(
                    ProductsStocksRequest.Stock.ofOffer("PH11042", 22142605386000L, 100),
                    ProductsStocksRequest.Stock.ofOffer("PH11043", 22142605386000L, 0))));

    assertThat(sentTo("/v2/products/stocks"))
        .isEqualTo(
            plain.readTree(
                """
                {"stocks": [{"offer_id": "PH11042", "stock": 100, "warehouse_id": 22142605386000},
                            {"offer_id": "PH11043", "stock": 0, "warehouse_id": 22142605386000}]}\
                """));
    assertThat(result.result()).extracting(r -> r.updated()).containsExactly(true, false);
    assertThat(result.result().get(1).errors().getFirst().code()).isEqualTo("TOO_MANY_REQUESTS");
  }

  @Test
  void refusesStockBatchesOverOneHundredAndNegativeStock() {
    var tooMany =
        IntStream.range(0, 101)
            .mapToObj(i -> ProductsStocksRequest.Stock.ofOffer("o" + i, 1, 1))
            .toList();

    assertThatThrownBy(() -> new ProductsStocksRequest(tooMany))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProductsStocksRequest.Stock.ofOffer("o", 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sendsPricesAsPlainStrings() {
    ozon.on(
        "/v1/product/import/prices",
        json(
            """
            { "result" : [ { "product_id" : 1386 , "offer_id" : "PH8865" , "updated" : true , "errors" : [ ] } ] }\
            """));

    var result =
        client.importPrices(
            SHOP,
            new PricesImportRequest(
                List.of(
                    PricesImportRequest.Price.ofOffer(
                        "PH8865", new BigDecimal("1E+3"), new BigDecimal("1448.50"), "RUB"))));

    assertThat(sentTo("/v1/product/import/prices"))
        .isEqualTo(
            plain.readTree(
                """
                {"prices": [{"offer_id": "PH8865", "price": "1000", "old_price": "1448.50", "currency_code": "RUB"}]}\
                """));
    assertThat(result.result().getFirst().updated()).isTrue();
  }

  @Test
  void sendsFbsListV3FilterAndReadsPostingExample() {
    ozon.on(
        "/v3/posting/fbs/list",
        json(
            """
            { "result" : { "postings" : [ { "posting_number" : "05708065-0029-1" , "order_id" : 680420041 ,
              "order_number" : "05708065-0029" , "status" : "awaiting_deliver" , "substatus" : "posting_awaiting_passport_data" ,
              "delivery_method" : { "id" : 21321684811000 , "name" : "Ozon, Krasnogorsk" , "warehouse_id" : 21321684811000 ,
                "warehouse" : "Steam Toys Nahabino" , "tpl_provider_id" : 24 , "tpl_provider" : "Ozon" } ,
              "tracking_number" : "" , "tpl_integration_type" : "ozon" , "in_process_at" : "2022-05-13T07:07:32Z" ,
              "shipment_date" : "2022-05-13T10:00:00Z" , "delivering_date" : null ,
              "optional" : { "products_with_possible_mandatory_mark" : [ 0 ] } ,
              "cancellation" : { "cancel_reason_id" : 0 , "cancel_reason" : "" , "cancellation_type" : "" ,
                "cancelled_after_ship" : false , "affect_cancellation_rating" : false , "cancellation_initiator" : "" } ,
              "customer" : null , "products" : [ { "price" : "1390.000000" , "currency_code" : "RUB" , "offer_id" : "205953" ,
                "name" : " Electronic designer PinLab Positronic" , "sku" : 358924380 , "quantity" : 1 } ] ,
              "addressee" : null , "barcodes" : null , "analytics_data" : null , "financial_data" : null ,
              "is_express" : false , "requirements" : { "products_requiring_gtd" : [ ] } ,
              "tariffication" : [ ] } ] , "has_next" : true } }\
            """));

    var since = Instant.parse("2023-11-01T00:00:00Z");
    var to = Instant.parse("2023-11-03T11:47:39.878Z");
    var page = client.postingFbsListV3(SHOP, PostingFbsListV3Request.between(since, to, 100));

    assertThat(sentTo("/v3/posting/fbs/list"))
        .isEqualTo(
            plain.readTree(
                """
                {"dir": "ASC", "filter": {"since": "2023-11-01T00:00:00Z", "to": "2023-11-03T11:47:39.878Z"},
                 "limit": 100, "offset": 0, "with": {"analytics_data": true, "financial_data": true}}\
                """));
    var posting = page.result().postings().getFirst();
    assertThat(posting.postingNumber()).isEqualTo("05708065-0029-1");
    assertThat(posting.orderId()).isEqualTo(680420041L);
    assertThat(posting.status()).isEqualTo("awaiting_deliver");
    assertThat(posting.deliveryMethod().warehouseId()).isEqualTo(21321684811000L);
    assertThat(posting.inProcessAt()).isEqualTo(Instant.parse("2022-05-13T07:07:32Z"));
    assertThat(posting.deliveringDate()).isNull();
    assertThat(posting.products().getFirst().price()).isEqualByComparingTo("1390");
    assertThat(posting.products().getFirst().sku()).isEqualTo(358924380L);
    assertThat(posting.availableActions()).isEmpty();
    assertThat(page.result().hasNext()).isTrue();
  }

  @Test
  void keepsEachPostingAsOzonSentIt() {
    var posting =
        "{\"posting_number\": \"1-1-1\", \"order_id\": 1, \"order_number\": \"1-1\", \"status\":"
            + " \"delivering\", \"products\": [], \"tariffication\": [{\"current_tariff_rate\":"
            + " 0.5}], \"new_ozon_field\": {\"x\": [1, 2]}}";
    ozon.on(
        "/v4/posting/fbs/list",
        json("{\"cursor\": \"\", \"has_next\": false, \"postings\": [" + posting + "]}"));
    ozon.on("/v2/posting/fbo/list", json("{\"result\": [" + posting + "]}"));
    var since = Instant.parse("2026-01-01T00:00:00Z");

    var fbs =
        client
            .postingFbsList(SHOP, PostingFbsListRequest.between(since, since.plusSeconds(60), 10))
            .postings()
            .getFirst();
    var fbo =
        client
            .postingFboList(SHOP, PostingFboListRequest.between(since, since.plusSeconds(60), 10))
            .result()
            .getFirst();

    assertThat(plain.readTree(fbs.rawJson())).isEqualTo(plain.readTree(posting));
    assertThat(plain.readTree(fbo.rawJson())).isEqualTo(plain.readTree(posting));
    assertThat(fbs.status()).isEqualTo("delivering");
    assertThat(fbo.postingNumber()).isEqualTo("1-1-1");
  }

  @Test
  void readsUnfulfilledExampleWithFinancialAndAnalyticsData() {
    ozon.on(
        "/v3/posting/fbs/unfulfilled/list",
        json(
            """
            { "result" : { "postings" : [ { "posting_number" : "23713478-0018-3" , "order_id" : 559293114 ,
              "order_number" : "33713378-0051" , "status" : "awaiting_packaging" ,
              "products" : [ { "price" : "1259" , "currency_code" : "RUB" , "offer_id" : "UT-0001365" , "name" : "Ball" ,
                "sku" : 140048123 , "quantity" : 1 } ] ,
              "barcodes" : { "upper_barcode" : "%101%806044518" , "lower_barcode" : "23024930500000" } ,
              "analytics_data" : { "region" : "St Petersburg" , "city" : "St Petersburg" , "delivery_type" : "PVZ" ,
                "is_premium" : false , "payment_type_group_name" : "card" , "warehouse_id" : 15110442724000 ,
                "warehouse" : "Lenina" , "tpl_provider_id" : 24 , "tpl_provider" : "Ozon" ,
                "delivery_date_begin" : "2022-08-28T14:00:00Z" , "delivery_date_end" : "2022-08-28T18:00:00Z" , "is_legal" : false } ,
              "financial_data" : { "products" : [ { "commission_amount" : 0 , "commission_percent" : 0 , "payout" : 0 ,
                "product_id" : 140048123 , "old_price" : 1888 , "price" : 1259 , "total_discount_value" : 629 ,
                "total_discount_percent" : 33.32 , "actions" : [ "discount" ] , "quantity" : 1 } ] } ,
              "is_express" : false } ] , "count" : 55 } }\
            """));

    var from = Instant.parse("2021-08-24T14:15:22Z");
    var page =
        client.postingFbsUnfulfilledListV3(
            SHOP, PostingFbsUnfulfilledListV3Request.byCutoff(from, from.plusSeconds(86_400), 100));

    assertThat(sentTo("/v3/posting/fbs/unfulfilled/list").get("filter"))
        .isEqualTo(
            plain.readTree(
                "{\"cutoff_from\": \"2021-08-24T14:15:22Z\", \"cutoff_to\":"
                    + " \"2021-08-25T14:15:22Z\"}"));
    var posting = page.result().postings().getFirst();
    assertThat(posting.barcodes().lowerBarcode()).isEqualTo("23024930500000");
    assertThat(posting.analyticsData().warehouseId()).isEqualTo(15110442724000L);
    assertThat(posting.financialData().products().getFirst().totalDiscountPercent())
        .isEqualByComparingTo("33.32");
    assertThat(page.result().count()).isEqualTo(55);
  }

  @Test
  void readsOnePostingWithItsGetOnlyFields() {
    ozon.on(
        "/v3/posting/fbs/get",
        json(
            """
            { "result" : { "posting_number" : "57195475-0050-3" , "order_id" : 438764970 , "order_number" : "57195475-0050" ,
              "status" : "awaiting_packaging" , "substatus" : "posting_awaiting_passport_data" ,
              "previous_substatus" : "posting_transferring_to_delivery" ,
              "available_actions" : [ "ship", "cancel" ] , "parent_posting_number" : "57195475-0050-1" ,
              "products" : [ { "currency_code" : "RUB" , "price" : "279.0000" , "offer_id" : "250-7898-1" ,
                "name" : "Coffee" , "sku" : 180550365 , "quantity" : 1 ,
                "dimensions" : { "height" : "40.00" , "length" : "240.00" , "weight" : "260" , "width" : "140.00" } } ] ,
              "related_postings" : { "related_posting_numbers" : [ "57195475-0050-4" ] } , "is_express" : false } }\
            """));

    var posting = client.postingFbsGet(SHOP, PostingFbsGetRequest.of("57195475-0050-3")).result();

    assertThat(sentTo("/v3/posting/fbs/get").get("posting_number").asString())
        .isEqualTo("57195475-0050-3");
    assertThat(posting.availableActions()).containsExactly("ship", "cancel");
    assertThat(posting.previousSubstatus()).isEqualTo("posting_transferring_to_delivery");
    assertThat(posting.parentPostingNumber()).isEqualTo("57195475-0050-1");
    assertThat(posting.relatedPostings().relatedPostingNumbers())
        .containsExactly("57195475-0050-4");
  }

  @Test
  void shipsWithPackagesOfSkus() {
    ozon.on(
        "/v4/posting/fbs/ship",
        json(
            """
            { "additional_data" : [ { "posting_number" : "89491381-0072-1" , "products" : [ { "currency_code" : "RUB" ,
              "mandatory_mark" : [ "123" ] , "name" : "string" , "offer_id" : "17125" , "price" : "2000" ,
              "quantity" : 1 , "sku" : 149618972 } ] } ] , "result" : [ "89491381-0072-1" ] }\
            """));

    var shipped =
        client.postingFbsShip(
            SHOP,
            PostingFbsShipRequest.onePackage(
                "89491381-0072-1", List.of(new PostingFbsShipRequest.Product(185479045L, 1))));

    assertThat(sentTo("/v4/posting/fbs/ship"))
        .isEqualTo(
            plain.readTree(
                """
                { "packages" : [ { "products" : [ { "product_id" : 185479045 , "quantity" : 1 } ] } ] ,
                  "posting_number" : "89491381-0072-1" , "with" : { "additional_data" : true } }\
                """));
    assertThat(shipped.result()).containsExactly("89491381-0072-1");
    assertThat(shipped.additionalData().getFirst().products().getFirst().sku())
        .isEqualTo(149618972L);
  }

  @Test
  void sendsAwaitingDeliveryTrackingNumbersAndCancel() {
    ozon.on("/v2/posting/fbs/awaiting-delivery", json("{ \"result\" : true }"));
    ozon.on(
        "/v2/fbs/posting/tracking-number/set",
        json(
            "{ \"result\" : [ { \"error\" : \"\" , \"posting_number\" : \"48173252-0033-2\" ,"
                + " \"result\" : true } ] }"));
    ozon.on("/v2/posting/fbs/cancel", json("{ \"result\" : true }"));

    var released =
        client.postingFbsAwaitingDelivery(
            SHOP, new PostingFbsAwaitingDeliveryRequest(List.of("33920143-1195-1")));
    var tracked =
        client.setTrackingNumbers(
            SHOP,
            new TrackingNumberSetRequest(
                List.of(
                    new TrackingNumberSetRequest.TrackingNumber("48173252-0033-2", "123123123"))));
    var cancelled =
        client.postingFbsCancel(
            SHOP, new PostingFbsCancelRequest("33920113-1231-1", 352, "Product is out of stock"));

    assertThat(sentTo("/v2/posting/fbs/awaiting-delivery"))
        .isEqualTo(plain.readTree("{ \"posting_number\" : [ \"33920143-1195-1\" ] }"));
    assertThat(sentTo("/v2/fbs/posting/tracking-number/set"))
        .isEqualTo(
            plain.readTree(
                "{ \"tracking_numbers\" : [ { \"posting_number\" : \"48173252-0033-2\" ,"
                    + " \"tracking_number\" : \"123123123\" } ] }"));
    assertThat(sentTo("/v2/posting/fbs/cancel"))
        .isEqualTo(
            plain.readTree(
                "{ \"cancel_reason_id\" : 352 , \"cancel_reason_message\" : \"Product is out of"
                    + " stock\" , \"posting_number\" : \"33920113-1231-1\" }"));
    assertThat(released.result()).isTrue();
    assertThat(tracked.result().getFirst().result()).isTrue();
    assertThat(cancelled.result()).isTrue();
  }

  @Test
  void refusesCancelReasonOtherWithoutMessageAndMoreThanTwentyTrackingNumbers() {
    var tracking =
        IntStream.range(0, 21)
            .mapToObj(i -> new TrackingNumberSetRequest.TrackingNumber("p" + i, "t"))
            .toList();

    assertThatThrownBy(() -> new PostingFbsCancelRequest("1-1-1", 402, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrackingNumberSetRequest(tracking))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void returnsRawLabelPdf() {
    var pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    ozon.on("/v2/posting/fbs/package-label", Reply.pdf(pdf));

    var label = client.packageLabel(SHOP, new PackageLabelRequest(List.of("48173252-0034-4")));

    assertThat(sentTo("/v2/posting/fbs/package-label"))
        .isEqualTo(plain.readTree("{ \"posting_number\" : [ \"48173252-0034-4\" ] }"));
    assertThat(label.pdf()).isEqualTo(pdf);
  }

  @Test
  void unwrapsLabelSentAsJsonInTextOrBase64() {
    var pdf = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
    ozon.on(
        "/v2/posting/fbs/package-label",
        json(
            "{\"content_type\": \"application/pdf\", \"file_name\": \"ticket.pdf\","
                + " \"file_content\": \"%PDF-1.7\\n"
                + "%\u00e2\u00e3\\n"
                + "\"}"),
        json(
            "{\"content_type\": \"application/pdf\", \"file_name\": \"ticket.pdf\","
                + " \"file_content\": \""
                + Base64.getEncoder().encodeToString(pdf)
                + "\"}"));
    var request = new PackageLabelRequest(List.of("48173252-0034-4"));

    assertThat(client.packageLabel(SHOP, request).pdf()).isEqualTo(pdf);
    assertThat(client.packageLabel(SHOP, request).pdf()).isEqualTo(pdf);
  }

  @Test
  void refusesLabelsForMoreThanTwentyPostings() {
    var postings = IntStream.range(0, 21).mapToObj(i -> "1-1-" + i).toList();

    assertThatThrownBy(() -> new PackageLabelRequest(postings))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void createsAndPollsLabelTasks() {
    ozon.on(
        "/v2/posting/fbs/package-label/create",
        json(
            "{\"result\": {\"tasks\": [{\"task_id\": 5819327210249, \"task_type\": \"big_label\"},"
                + " {\"task_id\": 5819327210250, \"task_type\": \"small_label\"}]}}"));
    ozon.on(
        "/v1/posting/fbs/package-label/get",
        json(
            """
            {"result": {"status": "completed", "file_url": "https://cdn.ozon.ru/labels/1.pdf", "error": "",
              "printed_postings_count": 1, "unprinted_postings": [{"posting_number": "1-1-2", "msg": "not ready"}],
              "unprinted_postings_count": 1}}\
            """));

    var tasks =
        client.packageLabelCreate(SHOP, new PackageLabelCreateRequest(List.of("1-1-1", "1-1-2")));
    var task =
        client.packageLabelGet(
            SHOP, new PackageLabelGetRequest(tasks.result().tasks().getFirst().taskId()));

    assertThat(tasks.result().tasks())
        .extracting(t -> t.taskType())
        .containsExactly("big_label", "small_label");
    assertThat(sentTo("/v1/posting/fbs/package-label/get"))
        .isEqualTo(plain.readTree("{\"task_id\": 5819327210249}"));
    assertThat(task.result().finished()).isTrue();
    assertThat(task.result().fileUrl()).isEqualTo("https://cdn.ozon.ru/labels/1.pdf");
    assertThat(task.result().unprintedPostings().getFirst().postingNumber()).isEqualTo("1-1-2");
  }

  @Test
  void readsReturnsExampleWithIdsAsStrings() {
    ozon.on(
        "/v1/returns/list",
        json(
            """
            { "returns" : [ { "exemplars" : [ { "id" : "1019562967545956" } ] , "id" : "1000015552" , "company_id" : "3058" ,
              "return_reason_name" : "refused" , "type" : "FullReturn" , "schema" : "Fbs" , "order_id" : "24540784250" ,
              "order_number" : "58544282-0057" ,
              "product" : { "sku" : "1100526203" , "offer_id" : "81451" , "name" : "Doll" ,
                "price" : { "currency_code" : "RUB" , "price" : "3318" } , "commission_percent" : "1.2" ,
                "commission" : { "currency_code" : "RUB" , "price" : "2312" } } ,
              "logistic" : { "return_date" : "2024-07-29T06:15:48.998146Z" , "barcode" : "ii5275210303" } ,
              "visual" : { "status" : { "id" : 3 , "display_name" : "at pickup point" , "sys_name" : "ArrivedAtReturnPlace" } ,
                "change_moment" : "2024-07-29T06:15:48.998146Z" } ,
              "source_id" : "90426223" , "posting_number" : "58544282-0057-1" , "clearing_id" : "21190893156000" ,
              "return_clearing_id" : null } ] , "has_next" : false }\
            """));

    var from = Instant.parse("2024-07-01T00:00:00Z");
    var page =
        client.returnsList(
            SHOP, ReturnsListRequest.changedBetween(from, from.plusSeconds(86_400), 500));

    assertThat(sentTo("/v1/returns/list"))
        .isEqualTo(
            plain.readTree(
                """
                {"filter": {"visual_status_change_moment": {"time_from": "2024-07-01T00:00:00Z", "time_to": "2024-07-02T00:00:00Z"}},
                 "limit": 500, "last_id": 0}\
                """));
    var returned = page.returns().getFirst();
    assertThat(returned.id()).isEqualTo(1000015552L);
    assertThat(returned.orderId()).isEqualTo(24540784250L);
    assertThat(returned.product().sku()).isEqualTo(1100526203L);
    assertThat(returned.product().price().price()).isEqualByComparingTo("3318");
    assertThat(returned.visual().status().sysName()).isEqualTo("ArrivedAtReturnPlace");
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void readsConditionalCancellationExampleWithCounterAsString() {
    ozon.on(
        "/v2/conditional-cancellation/list",
        json(
            """
            { "result" : [ { "approve_comment" : "string" , "approve_date" : "2024-11-27T12:31:43.621Z" ,
              "cancellation_id" : 17 , "cancellation_initiator" : "OZON" ,
              "cancellation_reason" : { "id" : 5 , "name" : "string" } , "cancelled_at" : "2024-11-27T12:31:43.621Z" ,
              "posting_number" : "34009011-0094-1" , "state" : { "id" : 0 , "name" : "string" , "state" : "ALL" } ,
              "tpl_integration_type" : "string" } ] , "counter" : "1" , "last_id" : 283784254 }\
            """));

    var page =
        client.conditionalCancellationList(SHOP, ConditionalCancellationListRequest.all(500));

    assertThat(sentTo("/v2/conditional-cancellation/list"))
        .isEqualTo(
            plain.readTree(
                "{\"filters\": {\"state\": \"ALL\"}, \"limit\": 500, \"last_id\": 0, \"with\":"
                    + " {\"counter\": true}}"));
    assertThat(page.counter()).isEqualTo(1);
    assertThat(page.lastId()).isEqualTo(283784254L);
    assertThat(page.result().getFirst().cancellationReason().id()).isEqualTo(5);
  }

  @Test
  void sendsFinanceFilterWithTransactionTypeInsideAndReadsOperationDates() {
    ozon.on(
        "/v3/finance/transaction/list",
        json(
            """
            { "result" : { "operations" : [ { "operation_id" : 11401182187840 ,
              "operation_type" : "MarketplaceMarketingActionCostOperation" , "operation_date" : "2021-11-01 00:00:00" ,
              "operation_type_name" : "promotion" , "delivery_charge" : 0 , "return_delivery_charge" : 0 ,
              "accruals_for_sale" : 0 , "sale_commission" : 0 , "amount" : -6.46 , "type" : "services" ,
              "posting" : { "delivery_schema" : "" , "order_date" : "" , "posting_number" : "" , "warehouse_id" : 0 } ,
              "items" : [ ] , "services" : [ ] } ] , "page_count" : 1 , "row_count" : 355 } }\
            """));

    var from = Instant.parse("2021-11-01T00:00:00Z");
    var page =
        client.financeTransactionList(
            SHOP, FinanceTransactionListRequest.between(from, from.plusSeconds(86_400), 1000));

    assertThat(sentTo("/v3/finance/transaction/list"))
        .isEqualTo(
            plain.readTree(
                """
                { "filter" : { "date" : { "from" : "2021-11-01T00:00:00Z" , "to" : "2021-11-02T00:00:00Z" } ,
                  "transaction_type" : "all" } , "page" : 1 , "page_size" : 1000 }\
                """));
    var operation = page.result().operations().getFirst();
    assertThat(operation.operationDate()).isEqualTo(LocalDateTime.of(2021, 11, 1, 0, 0));
    assertThat(operation.amount()).isEqualByComparingTo("-6.46");
    assertThat(page.result().rowCount()).isEqualTo(355);
  }
}
