@NullMarked
package com.euraflow.kernel.crypto;

import org.jspecify.annotations.NullMarked;
