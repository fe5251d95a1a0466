/** OZON's error replies and the sliding windows behind its rate limits. Internal. */
@NullMarked
package com.euraflow.sandbox.rules;

import org.jspecify.annotations.NullMarked;
