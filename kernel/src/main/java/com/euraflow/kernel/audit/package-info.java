@NullMarked
package com.euraflow.kernel.audit;

import org.jspecify.annotations.NullMarked;
