import type { Texts } from "../texts";

/** Spanish texts of segment: the same keys and placeholders as the English pack (../en/segment.ts). */
export const segment: Texts["segment"] = {
  abc: {
    aTopRevenue: "A · mayores ventas",
    aAction: "Cuentas clave: atención dedicada y fidelización.",
    bMiddle: "B · intermedios",
    bAction: "Desarrollar: hacerlos crecer hacia A.",
    cLongTail: "C · cola larga",
    cAction: "Atender con bajo coste; condiciones estándar.",
    aShareLabel: "A: clientes que suman el primer … de las ventas",
    aShareDefault: "por defecto: 80 % (Pareto)",
    bShareLabel: "B: hasta … de las ventas (acumulado)",
    bShareDefault: "por defecto: 95 % (el siguiente 15 %)",
    abcCutPointsMust: (aShare: string, bShare: string) =>
      `Los cortes ABC deben cumplir 0 < A ≤ B ≤ 100 % (A = ${aShare}, B = ${bShare}).`,
    noPositiveRevenue: (segment: string, revenue: string) => `${segment}: sin ventas positivas (${revenue}).`,
    rankedReason: (
      segment: string,
      revenue: string,
      rank: string,
      shareAbove: string,
      aCut: string,
      bCut: string,
      cumulative: string,
    ) =>
      `${segment}: ventas ${revenue}, puesto ${rank}; los clientes por delante suman el ${shareAbove} de las ventas (A por debajo de ${aCut}, B por debajo de ${bCut}); acumulado ${cumulative}.`,
    noCustomerHasPositive: "Ningún cliente tiene ventas positivas: todos son clase C.",
    header: "Ventas acumuladas (%)",
    abcMethodLabel: "ABC / Pareto",
    abcMethodDescription: "A: primer 80 % de las ventas, B: siguiente 15 %, C: el resto.",
    abcMethodArgument: "abc",
  },
  actionRules: {
    negativeMargin: "margen por debajo de 0, sea cual sea el valor o la tendencia",
    highValueLowMargin: "alto valor, margen bajo, sea cual sea la tendencia",
    decliningOrSilent: "en declive o sin compras",
    growingAndNotAlready: "en crecimiento, y no ya de alto valor con margen alto (o desconocido)",
    highValueHighMargin: "alto valor, margen alto",
    highValueMarginUnknown: "alto valor, margen desconocido",
    lowValueHighMargin: "bajo valor, margen alto",
    lowValueLowMargin: "bajo valor, margen bajo, estable",
    lowValueMarginUnknown: "bajo valor, margen desconocido, estable",
  },
  clusterFeatures: {
    revenue: "Ventas",
    high: "Alto valor",
    low: "Bajo valor",
    margin: "Margen %",
    highMargin: "Margen alto",
    lowMargin: "Margen bajo",
    revenueChange: "Variación de ventas",
    growing: "En crecimiento",
    declining: "En declive",
    daysSinceLastPurchase: "Días desde la última compra",
    longSilence: "Sin compras recientes",
    recentBuyers: "Compra reciente",
    purchases: "Compras",
    frequent: "Frecuente",
    infrequent: "Poco frecuente",
    daysSinceFirstPurchase: "Días desde la primera compra",
    longStanding: "Antiguo",
    newer: "Más nuevo",
    onlineShare: "Cuota online",
    digital: "Digital",
    offline: "Presencial",
    costToServe: "Coste de servicio",
    highCostToServe: "Coste de servicio alto",
    lowCostToServe: "Coste de servicio bajo",
    acquisitionSpend: "Coste de adquisición",
    highAcquisitionCost: "Adquisición cara",
    lowAcquisitionCost: "Adquisición barata",
    referrals: "Recomendaciones",
    refersOthers: "Recomienda",
    fewReferrals: "Pocas recomendaciones",
    npsScore: "Puntuación NPS",
    promoters: "Promotores",
    detractors: "Detractores",
    shareOfWallet: "Cuota de gasto",
    highShareOfWallet: "Cuota de gasto alta",
    lowShareOfWallet: "Cuota de gasto baja",
  },
  clusters: {
    numberOfClusters: (n: number, givenK: number) =>
      `El número de grupos debe ser un entero entre 1 y el número de clientes (${n}); se recibió ${givenK}.`,
    tooLittleVariation:
      "No hay variación suficiente (menos de 2 clientes o ningún campo numérico que varíe): todos los clientes forman un grupo.",
    emptyClustersDropped: (length: string, k: number, count: string) =>
      `Solo ${length} para k = ${k}: se quitan ${count}.`,
    header: "Distancia al centro del grupo",
    sameProfileOneCluster: "Todos los clientes de la muestra tienen el mismo perfil: un solo grupo.",
    noClearGroupsIn: (m: number, kMax: number, maxShare: string, minSilhouette: string, list: string) =>
      `No hay grupos claros en estos datos: todo reparto de ${m} clientes de la muestra en 2 a ${kMax} grupos dejó un grupo con más del ${maxShare}, perfiles repetidos o una silueta por debajo de ${minSilhouette} (silueta, grupo mayor: ${list}). Use el mapa de cartera o RFM para decidir acciones.`,
    kChosenAutomatically: (k: number, m: number, maxShare: string, list: string) =>
      `k = ${k} elegido automáticamente: la mayor silueta media en una muestra de ${m} clientes entre los repartos cuyo grupo mayor no pasa del ${maxShare} y cuyos grupos difieren todos (silueta, grupo mayor: ${list}).`,
    trial: (k: number, silhouette: string, largestShare: string) => `k=${k}: ${silhouette}, ${largestShare}`,
    trialRepeatedProfiles: (k: number, silhouette: string, largestShare: string) =>
      `k=${k}: ${silhouette}, ${largestShare}, perfiles repetidos`,
    fewDistinctProfiles: (distinctRows: string, value: number) =>
      `Solo ${distinctRows} en la muestra: k se probó hasta ${value}.`,
    noClearGroupsName: "Sin grupos claros en estos datos",
    noClearGroupsAction:
      "Sin acción por grupo: aquí los clientes no forman grupos distintos; decida las acciones con el mapa de cartera (valor × margen) o RFM.",
    protectedRequestedButEmpty: (list: string) =>
      `Se pidieron los atributos protegidos (${list}), pero los datos no guardan sus valores (solo las cabeceras), así que ninguno entró en el agrupamiento.`,
    protectedLeftOut: (list: string) =>
      `Los atributos protegidos (${list}) no se usaron para agrupar, para evitar discriminación.`,
    clusteredOn: (features: string) =>
      `Agrupado por ${features} (importes y recuentos asimétricos en logaritmo; cada uno escalado por mediana y rango intercuartílico).`,
    constantFeaturesLeftOut: (dropped: string) =>
      `Omitidos porque todos los clientes tienen el mismo valor: ${dropped}.`,
    medianForMissing: (feature: string, customers: string) =>
      `${feature} falta en ${customers}; se usó la mediana.`,
    typicalProfile: "Perfil típico",
    numberedName: (name: string, seen: number) => `${name} (${seen})`,
    centreReason: (cluster: string, distance: string, values: string) =>
      `${cluster}: centro del grupo a distancia ${distance} en unidades escaladas. ${values}.`,
    centreAndNextReason: (
      cluster: string,
      distance: string,
      next: string,
      nextDistance: string,
      values: string,
    ) =>
      `${cluster}: centro del grupo a distancia ${distance} en unidades escaladas; siguiente más cercano: ${next} a ${nextDistance}. ${values}.`,
    clustersMethodLabel: "Clústeres (k-means)",
    clustersMethodName: "Clústeres",
    clustersMethodDescription: "Grupos de clientes parecidos encontrados con k-medias.",
    clustersMethodArgument: "grupos",
  },
  crossTabulate: {
    crossTabSpecialValues: "(vacío)",
    other: "(otros)",
  },
  lifecycle: {
    customerLadderNeeds:
      "La escalera de clientes necesita el número de compras por cliente. Asigne una columna a «Pedidos» o use datos de transacciones.",
    inactiveAfterSilence: "Inactivo tras un silencio de (× intervalo propio)",
    inactiveMinimumSilenceDays: "Inactivo: silencio mínimo (días)",
    inactiveWithoutRhythmAfter: "Inactivo sin ritmo tras (días)",
    lostMultipleLabel: "Perdido tras un silencio de (× intervalo propio)",
    lostDaysLabel: "Perdido tras un silencio de (días)",
    newFirstPurchaseWithin: "Nuevo: primera compra en los últimos (días)",
    habitualFromPurchasesPer: "Habitual desde (compras al año)",
    exclusiveFromShare: "Exclusivo desde cuota de gasto",
    evangelistFromReferrals: "Evangelizador desde recomendaciones",
    evangelistFromNpsScore: "Evangelizador desde puntuación NPS",
    noShareOfWallet: "Sin datos de cuota de gasto: se omite el escalón Exclusivo.",
    noReferralOrNps: "Sin datos de recomendaciones ni NPS: se omite el escalón Evangelizador.",
    noLastPurchaseDates: "Sin fechas de última compra: no se pueden detectar Inactivos ni Perdidos.",
    noFirstPurchaseDates:
      "Sin fechas de primera compra: no se detectan Nuevos y Habitual se juzga por el número de compras.",
    withoutAnOrderCount: (assumedPurchases: string) =>
      `${assumedPurchases} sin número de pedidos: se supone una compra si tienen ventas o fecha de compra, ninguna si no.`,
    header: "Compras",
    lifecycleMethodLabel: "Escalera de tipos de cliente",
    lifecycleMethodName: "Ciclo de vida",
    lifecycleMethodDescription: "Escalera de tipos de cliente: nuevo, ocasional, habitual, perdido…",
    lifecycleMethodArgument: "ciclo de vida",
    steps: {
      potential: {
        name: "Potencial",
        action: "Convertir: cualifique el contacto y haga una primera oferta.",
      },
      new: { name: "Nuevo", action: "Acoger: cuide la primera experiencia y prepare la segunda compra." },
      buyer: { name: "Comprador", action: "Consiga una segunda compra." },
      occasional: {
        name: "Eventual",
        action: "Desarrollar: aumente la frecuencia y conviértase en su proveedor principal.",
      },
      habitual: { name: "Habitual", action: "Gane más parte de sus compras; venta cruzada." },
      exclusive: { name: "Exclusivo", action: "Fidelización: proteja la relación; pida recomendaciones." },
      evangelist: {
        name: "Evangelizador",
        action: "Cuídelos: información, argumentos y facilidades para atraer nuevos clientes.",
      },
      inactive: { name: "Inactivo", action: "Reactivación: contacte antes de perderlos." },
      lost: { name: "Perdido", action: "Campaña de recuperación, o atención de bajo coste." },
    },
    defaults: {
      inactiveMultiple: "por defecto: 3 × ritmo propio (intervalo medio), el silencio del mapa",
      inactiveMinDays: "por defecto: 30 días",
      inactiveDays: "por defecto: 180 días",
      lostMultiple: "por defecto: 6 × ritmo propio (intervalo medio)",
      lostDays: "por defecto: 365 días",
      newDays: "por defecto: 90 días",
      habitualPerYear: "por defecto: 4 compras al año (trimestral)",
      exclusiveShare: "por defecto: 90 %",
      evangelistReferrals: "por defecto: 1 recomendación",
      evangelistNps: "por defecto: 9 (promotor)",
    },
    reason: (step: string, rule: string, purchases: string) => `${step}: ${rule}. Compras ${purchases}.`,
    reasonWithSilence: (step: string, rule: string, purchases: string, silence: string) =>
      `${step}: ${rule}. Compras ${purchases}; última compra hace ${silence}.`,
    rules: {
      potential: "aún sin compras",
      lostLead: "contacto marcado como perdido, nunca compró",
      lost: (silence: string, limit: string, rhythm: string, lostMultiple: string, lostDays: string) =>
        `sin compras desde hace ${silence}, más de ${limit} (${rhythm}; perdido a ${lostMultiple} × intervalo o ${lostDays})`,
      inactive: (silence: string, limit: string, rhythm: string) =>
        `sin compras desde hace ${silence}, más de ${limit} (${rhythm})`,
      new: (tenure: string, newDays: string) => `primera compra hace ${tenure} (nuevo durante ${newDays})`,
      buyer: "una compra",
      evangelist: (referrals: string, nps: string, minReferrals: string, minNps: string) =>
        `cliente recurrente que nos recomienda (recomendaciones ${referrals}, NPS ${nps}; desde ${minReferrals} o NPS ${minNps})`,
      exclusive: (wallet: string, minShare: string) =>
        `cuota de gasto ${wallet} (exclusivo desde ${minShare})`,
      purchases: (purchases: string, habitualFrom: string) =>
        `${purchases} compras (habitual desde ${habitualFrom})`,
      habitual: (perYear: string, habitualFrom: string) =>
        `${perYear} compras al año (habitual desde ${habitualFrom})`,
      occasional: (perYear: string, habitualFrom: string) =>
        `comprador recurrente, ${perYear} compras al año (habitual desde ${habitualFrom})`,
      noRhythm: "sin ritmo de compra aún",
      ownGap: (gap: string) => `intervalo propio ${gap}`,
    },
  },
  methodRegistry: {
    methodNameTaken: (id: string, clash: string) =>
      `No se puede registrar el método "${id}": el nombre "${clash}" ya está en uso.`,
    invalidMethodId: (id: string) =>
      `No se puede registrar el método "${id}": su id debe tener solo minúsculas, cifras y guiones.`,
    unknownSegmentationMethodUse: (id: string, methods: string) =>
      `Método de segmentación desconocido "${id}". Use ${methods}.`,
  },
  portfolioMap: {
    strategicVip: "Estratégicos / VIP",
    strategicVipAction:
      "Fidelización: estrategias de fidelización y crecimiento a largo plazo para una relación estable y satisfactoria.",
    highVolumeLowMargin: "Alto volumen, baja rentabilidad",
    highVolumeLowMarginAction:
      "Optimizar rentabilidad: optimizar procesos o renegociar condiciones comerciales.",
    lowVolumeHighMargin: "Bajo volumen, alta rentabilidad",
    lowVolumeHighMarginAction: "Desarrollar: venta cruzada y aumento de la frecuencia de compra.",
    growthPotential: "Potencial de crecimiento",
    developTheCustomerTargeted: "Desarrollar el cliente: campañas específicas según su potencial.",
    atRisk: "En riesgo",
    reEngagementPersonalisedRetentionCampaigns:
      "Reactivación: campañas de retención personalizadas para reactivar su interés.",
    maintain: "Mantener",
    maintainServeAtLow:
      "Mantener: atender con bajo coste de servicio (condiciones estándar, canales digitales).",
    lossMaking: "Con pérdidas",
    repriceRenegotiateOrStop:
      "Revisar precios, renegociar o dejar de servir: cada venta pierde dinero; revise precios, descuentos y coste de servicio, o deje de servir.",
    highValue: "Alto valor",
    loyaltyKeepThisBusiness:
      "Fidelización: conserve este negocio con un plan a largo plazo; añada datos de margen o coste para distinguir rentables de no rentables.",
    lowValue: "Bajo valor",
    shareOfRevenueMade: "Parte de las ventas de los clientes de alto valor",
    defaultTheCustomersMaking: "por defecto: los clientes que suman el 80 % de las ventas son de alto valor",
    minimumRevenue: "Ventas mínimas de un cliente de alto valor",
    revenueOfTheLast: (valueShare: string) =>
      `ventas del último cliente dentro del primer ${valueShare} de las ventas`,
    minimumMargin: "Margen % mínimo de un cliente de alta rentabilidad",
    revenueWeightedAverageMargin: "margen % medio de la cartera ponderado por ventas",
    andBeyondTheNormal: ", y más allá de los altibajos normales de las compras del cliente",
    noClearChanceClause: "",
    revenueGrowthThatCounts: "Crecimiento de ventas que cuenta como crecer",
    growthMinDefault: (defaultTrendChange: string, versus: string, beyondChance: string) =>
      `por defecto: +${defaultTrendChange} ${versus}${beyondChance}`,
    revenueDropThatCounts: "Caída de ventas que cuenta como declive claro",
    declineMinDefault: (defaultTrendChange: string, versus: string, beyondChance: string) =>
      `por defecto: −${defaultTrendChange} ${versus}${beyondChance}`,
    silenceInMultiples: "Silencio, en múltiplos del ritmo de compra propio del cliente",
    defaultSilenceMultiple: (multiple: number) =>
      `por defecto: ${multiple} × el ritmo de compra propio (intervalo medio entre compras), como mucho un año`,
    silenceDaysForCustomers: "Silencio (días) para clientes sin ritmo de compra",
    defaultDays: (defaultSilenceDays: number) => `por defecto: ${defaultSilenceDays} días`,
    noMarginData: (shownNames: string) =>
      `Sin datos de margen: el mapa es solo valor × tendencia (${shownNames}); nada aquí indica qué clientes son rentables. Asigne una columna de margen, coste o margen % para separar clientes rentables y no rentables.`,
    unknownMarginLow: (unknownMargin: string) =>
      `${unknownMargin}: sin margen % (margen ausente o ventas 0) y cuentan como baja rentabilidad.`,
    noPreviousPeriodRevenue:
      "Sin ventas del periodo anterior: no se puede juzgar crecimiento ni declive; asigne una columna de ventas del periodo anterior o use datos de transacciones con fechas.",
    noLastPurchaseDates: "Sin fechas de última compra: no se pueden detectar silencios largos.",
    noCustomerHasPositive: "Ningún cliente tiene ventas positivas, así que ninguno es de alto valor.",
    header: "Días sin comprar antes de estar en riesgo",
    growing: "En crecimiento",
    stable: "Estable",
    decliningOrSilent: "En declive o inactivo",
    valueAndBand: (valueLabels: string, bandLabels: string) => `${valueLabels} · ${bandLabels}`,
    portfolioMap: "Mapa de cartera",
    rowAxis: "Valor · tendencia",
    margin: "Margen",
    marginNoData: "Margen (sin datos)",
    negativeMargin: "Margen negativo",
    lowMargin: "Margen bajo",
    highMargin: "Margen alto",
    marginUnknown: "Margen desconocido",
    newTrend: "nueva (nada en el periodo anterior)",
    portfolioMethodLabel: "Mapa de cartera (valor × margen)",
    portfolioMapValueTrend: "Mapa de cartera (valor × tendencia)",
    portfolioMethodDescription: "Valor × margen × tendencia: estratégicos, en riesgo, a desarrollar.",
    portfolioMethodArgument: "cartera",
    reason: (segment: string, rule: string, details: string) => `${segment}: ${rule}. ${details}.`,
    rules: {
      declining: (trend: string, versus: string, declineMin: string) =>
        `ventas ${trend} ${versus} (declive claro desde −${declineMin})`,
      silent: (silence: string, limit: string) => `sin compras desde hace ${silence}, más de ${limit}`,
      silenceLimitNoRhythm: (limit: string) => `${limit} (sin ritmo de compra aún)`,
      silenceLimitRhythm: (limit: string, multiple: string, gap: string) =>
        `${limit} = ${multiple} × ritmo propio de ${gap}`,
      growing: (trend: string, versus: string, growthMin: string) =>
        `ventas ${trend} ${versus} (crece desde +${growthMin}), aún no estratégico`,
      highValueNoMargin: "alto valor (sin datos de margen)",
      strategic: "alto valor y margen alto",
      highVolumeLowMargin: "alto valor, margen bajo: renegociar sea cual sea la tendencia",
      lossMaking: "margen por debajo de 0: cada venta pierde dinero, sea cual sea el valor o la tendencia",
      lowValueNoMargin: "bajo valor (sin datos de margen), estable",
      lowVolumeHighMargin: "bajo valor, margen alto",
      maintain: "bajo valor, margen bajo, estable",
    },
    details: {
      revenueHigh: (revenue: string, threshold: string) =>
        `Ventas ${revenue} (alto valor; umbral ${threshold})`,
      revenueLow: (revenue: string, threshold: string) =>
        `Ventas ${revenue} (bajo valor; umbral ${threshold})`,
      marginUnknown: "margen % desconocido (cuenta como bajo)",
      marginHigh: (margin: string, marginMin: string) => `margen ${margin} (igual o superior a ${marginMin})`,
      marginLow: (margin: string, marginMin: string) => `margen ${margin} (inferior a ${marginMin})`,
      noPreviousRevenue: "sin ventas del periodo anterior",
      trend: (trend: string, versus: string) => `ventas ${trend} ${versus}`,
      trendWithinNoise: (trend: string, versus: string) =>
        `ventas ${trend} ${versus}, dentro de los altibajos normales de sus compras`,
      silence: (silence: string, limit: string) => `${silence} desde la última compra (límite ${limit})`,
    },
  },
  rfm: {
    rfmNeedsEachCustomer:
      "RFM necesita la fecha de la última compra de cada cliente (recencia). Asigne una columna a «Última compra» o use datos de transacciones con fechas.",
    rfmNeedsTheNumber:
      "RFM necesita el número de pedidos por cliente (frecuencia). Asigne una columna a «Pedidos» o use datos de transacciones.",
    rfmScoresAreRank:
      "Las puntuaciones RFM son quintiles por rango: puntuación = 1 + entero(5 × clientes con peor valor / clientes); los valores iguales comparten puntuación; la recencia se invierte (más reciente = 5).",
    recency: "Recencia",
    frequency: "Frecuencia",
    monetary: "Valor monetario",
    fewDistinctValues: (name: string, distinct: string, known: string, length: string, unused: string) =>
      `${name} tiene solo ${distinct} entre ${known}: ${length} ${unused} sin usar, porque los clientes con valores iguales comparten puntuación.`,
    unknownScoresOne: (name: string, unknown: string) => `${name} es desconocida para ${unknown}; puntúan 1.`,
    header: "Días desde la última compra",
    purchases: "Compras",
    rScore: "Puntuación R",
    fScore: "Puntuación F",
    mScore: "Puntuación M",
    rfm: "RFM",
    scoreAtMostDays: (name: string, s: number) => `${name} puntuación ${s}: como máximo (días)`,
    scoreAtLeast: (name: string, s: number) => `${name} puntuación ${s}: como mínimo`,
    source: "quintil por rango de los datos",
    rfmMapRecencyFrequency: "Mapa RFM (recencia × frecuencia)",
    rowAxis: "Puntuación de frecuencia",
    columnAxis: "Puntuación de recencia (5 = más reciente)",
    f: (s: number) => `F ${s}`,
    r: (s: number) => `R ${s}`,
    rfmMethodLabel: "RFM (recencia, frecuencia, valor monetario)",
    rfmMethodDescription: "Puntuaciones 1–5 de recencia, frecuencia y valor, diez segmentos.",
    rfmMethodArgument: "rfm",
    segments: {
      champions: {
        name: "Campeones",
        action: "Recompénselos; pida recomendaciones y opiniones; acceso anticipado a novedades.",
      },
      loyal: {
        name: "Leales",
        action: "Venta de productos de mayor valor; inclúyalos en programas de fidelización.",
      },
      "potential-loyalists": {
        name: "Leales potenciales",
        action: "Ofrezca programas de fidelización; recomiende productos relacionados.",
      },
      new: {
        name: "Nuevos",
        action: "Acogida: cuide la primera experiencia y construya la relación desde el inicio.",
      },
      promising: {
        name: "Prometedores",
        action: "Dé a conocer la oferta: muestre la gama, ofrezca pruebas.",
      },
      "need-attention": {
        name: "Requieren atención",
        action: "Ofertas por tiempo limitado y recomendaciones según compras anteriores.",
      },
      "about-to-sleep": {
        name: "A punto de dormirse",
        action: "Reactívelos con ofertas relevantes antes de perderlos.",
      },
      "at-risk": {
        name: "En riesgo",
        action: "Reactivación: contacto personalizado para recuperar la relación.",
      },
      "cant-lose-them": {
        name: "No podemos perderlos",
        action: "Recupérelos: llámelos, averigüe qué cambió y corríjalo.",
      },
      hibernating: {
        name: "Hibernando",
        action: "Atienda con bajo coste; solo ofertas relevantes, o déjelos ir.",
      },
    },
    reason: (
      segment: string,
      rScore: number,
      fScore: number,
      recency: string,
      frequency: string,
      monetary: string,
    ) => `${segment}: R ${rScore} × F ${fScore} en la cuadrícula R×F. ${recency}; ${frequency}; ${monetary}.`,
    recencyUnknown: "Última compra desconocida (R 1)",
    recencyKnown: (days: string, score: number, range: string) =>
      `Última compra hace ${days} (R ${score}: ${range} días)`,
    frequencyUnknown: "compras desconocidas (F 1)",
    frequencyKnown: (purchases: string, score: number, range: string) =>
      `${purchases} compras (F ${score}: ${range})`,
    monetaryKnown: (revenue: string, score: number, range: string) =>
      `ventas ${revenue} (M ${score}: ${range})`,
  },
  kmeans: {
    noRowsOrColumns: (rows: number, cols: number) =>
      `k-means necesita al menos una fila y una columna (hay ${rows} filas × ${cols} columnas).`,
    wrongValueCount: (values: number, rows: number, cols: number) =>
      `k-means recibió ${values} valores para ${rows} filas × ${cols} columnas; pase filas × columnas valores, fila tras fila.`,
    badK: (rows: number, k: number) =>
      `El número de grupos k debe ser un entero entre 1 y el número de filas (${rows}); se recibió ${k}.`,
    notFinite: (row: number, column: number, value: number) =>
      `k-means necesita números finitos: la fila ${row}, columna ${column} es ${value}. Complete o quite los valores que faltan.`,
    badInitialCentroids: (k: number, cols: number) =>
      `initialCentroids debe ser ${k} listas de ${cols} números finitos.`,
  },
  segmentCustomers: {
    revenueOfCustomerIs: (ids: string, revenue: number) =>
      `Las ventas del cliente "${ids}" no son un número (${revenue}). Cada cliente necesita ventas numéricas (0 es válido).`,
  },
  segmentationBuilder: {
    thresholdMustBe: (id: string, label: string, override: string) =>
      `El umbral "${id}" (${label}) debe ser un número finito; se recibió ${override}.`,
    source: "fijado por el usuario",
    methodHasNo: (method: string, id: string, known: string) =>
      `El método ${method} no tiene el umbral "${id}". Umbrales disponibles: ${known}.`,
    minimumSegmentSize: (minSegmentSize: number) =>
      `El tamaño mínimo de segmento debe ser un número entero de clientes, 1 o más; se recibió ${minSegmentSize}.`,
    segmentHasOnlyFewer: (name: string, customers: string, minSize: number) =>
      `El segmento "${name}" tiene solo ${customers}, menos que el mínimo de ${minSize}: demasiado pequeño para actuar como grupo; considere unirlo a otro o revisar estos clientes uno a uno.`,
  },
};
