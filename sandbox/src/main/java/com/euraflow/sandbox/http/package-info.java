/** The HTTP front: OZON's methods and the {@code /__sandbox/} control API. Internal but for the server. */
@NullMarked
package com.euraflow.sandbox.http;

import org.jspecify.annotations.NullMarked;
