@NullMarked
package com.euraflow.kernel.accounts;

import org.jspecify.annotations.NullMarked;
