/** Who is calling and which shops it may touch: {@link com.euraflow.kernel.tenancy.ShopAccess} is the one tenant check. */
@NullMarked
package com.euraflow.kernel.tenancy;

import org.jspecify.annotations.NullMarked;
