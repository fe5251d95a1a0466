/** FBO/FBS returns and rFBS conditional-cancellation requests. */
@NullMarked
package com.euraflow.ozon.client.returns;

import org.jspecify.annotations.NullMarked;
