@NullMarked
package com.euraflow.kernel.apikeys;

import org.jspecify.annotations.NullMarked;
