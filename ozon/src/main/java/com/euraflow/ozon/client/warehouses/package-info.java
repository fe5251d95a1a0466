/** FBS and rFBS warehouses. */
@NullMarked
package com.euraflow.ozon.client.warehouses;

import org.jspecify.annotations.NullMarked;
