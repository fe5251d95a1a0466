@NullMarked
package com.euraflow.kernel.config;

import org.jspecify.annotations.NullMarked;
