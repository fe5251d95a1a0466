package com.euraflow.ozon.client;

import com.euraflow.ozon.client.postings.KeepsRawJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * OZON's JSON dialect: snake_case, optional fields left out, absent or null arrays read as empty;
 * documents that {@link KeepsRawJson} also get OZON's JSON as received.
 */
public final class OzonJson {

  private OzonJson() {}

  public static JsonMapper mapper() {
    var rawJson = new SimpleModule("ozon-raw-json").setDeserializerModifier(new RawJsonModifier());
    return JsonMapper.builder()
        .addModule(rawJson)
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        // OZON adds fields without notice; a new field must not break a sync.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .changeDefaultPropertyInclusion(
            inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .withConfigOverride(
            List.class,
            override -> override.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
        .build();
  }

  private static final class RawJsonModifier extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> reader) {
      return KeepsRawJson.class.isAssignableFrom(bean.getBeanClass())
          ? new RawJsonReader(reader)
          : reader;
    }
  }

  /** Reads the document into a tree once, then both into the record and into its raw text. */
  private static final class RawJsonReader extends DelegatingDeserializer {

    RawJsonReader(ValueDeserializer<?> reader) {
      super(reader);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> reader) {
      return new RawJsonReader(reader);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      var tree = context.readTree(parser);
      try (var replay = tree.traverse(context)) {
        replay.nextToken();
        var document = (KeepsRawJson<?>) _delegatee.deserialize(replay, context);
        return document.withRawJson(tree.toString());
      }
    }
  }
}
