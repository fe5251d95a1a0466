/**
 * A local OZON Seller API for demos, tests and load tests: {@link com.euraflow.sandbox.OzonSandbox} starts one,
 * {@link com.euraflow.sandbox.SandboxSettings} configures it, {@link com.euraflow.sandbox.SandboxShop} names a shop's
 * credentials. Depends on no EuraFlow code.
 */
@NullMarked
package com.euraflow.sandbox;

import org.jspecify.annotations.NullMarked;
