package com.euraflow.kernel.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** RFC 7807 body with EuraFlow's stable {@code code}, the request id and, when relevant, bad fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable String instance,
    String code,
    @Nullable String requestId,
    @Nullable List<ValidationFailedException.FieldProblem> errors) {}
