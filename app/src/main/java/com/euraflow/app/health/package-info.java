@NullMarked
package com.euraflow.app.health;

import org.jspecify.annotations.NullMarked;
