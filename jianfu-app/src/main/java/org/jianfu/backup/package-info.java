/**
 * 备份与恢复: a logical backup of every table of every module into one zip file, and its restore,
 * on the embedded or an external PostgreSQL alike (no pg_dump needed).
 */
@org.springframework.modulith.ApplicationModule(displayName = "备份恢复 backup")
package org.jianfu.backup;
