/**
 * 公务用车: car requests made on the phone, approved by the unit leader, dispatched by the unit clerk
 * from the unit's vehicles and drivers (never one vehicle or driver on two trips at once), returned with
 * the distance driven; monthly usage per unit. Village cadres use their township government's cars.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公务用车 vehicles")
package org.jianfu.vehicles;
