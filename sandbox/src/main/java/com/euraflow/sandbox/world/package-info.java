/** The generated, living world of each shop: products, warehouses, postings and the clock. Internal. */
@NullMarked
package com.euraflow.sandbox.world;

import org.jspecify.annotations.NullMarked;
