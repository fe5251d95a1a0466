@NullMarked
package com.euraflow.kernel.apikeys.web;

import org.jspecify.annotations.NullMarked;
