/** The OZON side of the kernel's shop registry. */
@NullMarked
package com.euraflow.ozon.shops;

import org.jspecify.annotations.NullMarked;
