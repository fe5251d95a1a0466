@NullMarked
package com.euraflow.kernel.accounts.web;

import org.jspecify.annotations.NullMarked;
