/** Admin endpoints an operator reads without Prometheus: {@code /api/ef/v1/system/info} and {@code /metrics}. */
@NullMarked
package com.euraflow.app.system;

import org.jspecify.annotations.NullMarked;
