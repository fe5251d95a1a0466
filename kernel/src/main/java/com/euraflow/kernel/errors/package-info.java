@NullMarked
package com.euraflow.kernel.errors;

import org.jspecify.annotations.NullMarked;
