@NullMarked
package com.euraflow.kernel.shops.web;

import org.jspecify.annotations.NullMarked;
