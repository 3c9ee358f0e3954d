# A long if/elif chain and a long run of module statements: the generated code is split
# into parts so that the C++ compiler takes time linear in the script.
import sys
hits = []
x = len(sys.argv) + 300
if x == 0:
    hits.append(0)
elif x == 1:
    hits.append(1)
elif x == 2:
    hits.append(2)
elif x == 3:
    hits.append(3)
elif x == 4:
    hits.append(4)
elif x == 5:
    hits.append(5)
elif x == 6:
    hits.append(6)
elif x == 7:
    hits.append(7)
elif x == 8:
    hits.append(8)
elif x == 9:
    hits.append(9)
elif x == 10:
    hits.append(10)
elif x == 11:
    hits.append(11)
elif x == 12:
    hits.append(12)
elif x == 13:
    hits.append(13)
elif x == 14:
    hits.append(14)
elif x == 15:
    hits.append(15)
elif x == 16:
    hits.append(16)
elif x == 17:
    hits.append(17)
elif x == 18:
    hits.append(18)
elif x == 19:
    hits.append(19)
elif x == 20:
    hits.append(20)
elif x == 21:
    hits.append(21)
elif x == 22:
    hits.append(22)
elif x == 23:
    hits.append(23)
elif x == 24:
    hits.append(24)
elif x == 25:
    hits.append(25)
elif x == 26:
    hits.append(26)
elif x == 27:
    hits.append(27)
elif x == 28:
    hits.append(28)
elif x == 29:
    hits.append(29)
elif x == 30:
    hits.append(30)
elif x == 31:
    hits.append(31)
elif x == 32:
    hits.append(32)
elif x == 33:
    hits.append(33)
elif x == 34:
    hits.append(34)
elif x == 35:
    hits.append(35)
elif x == 36:
    hits.append(36)
elif x == 37:
    hits.append(37)
elif x == 38:
    hits.append(38)
elif x == 39:
    hits.append(39)
elif x == 40:
    hits.append(40)
elif x == 41:
    hits.append(41)
elif x == 42:
    hits.append(42)
elif x == 43:
    hits.append(43)
elif x == 44:
    hits.append(44)
elif x == 45:
    hits.append(45)
elif x == 46:
    hits.append(46)
elif x == 47:
    hits.append(47)
elif x == 48:
    hits.append(48)
elif x == 49:
    hits.append(49)
elif x == 50:
    hits.append(50)
elif x == 51:
    hits.append(51)
elif x == 52:
    hits.append(52)
elif x == 53:
    hits.append(53)
elif x == 54:
    hits.append(54)
elif x == 55:
    hits.append(55)
elif x == 56:
    hits.append(56)
elif x == 57:
    hits.append(57)
elif x == 58:
    hits.append(58)
elif x == 59:
    hits.append(59)
elif x == 60:
    hits.append(60)
elif x == 61:
    hits.append(61)
elif x == 62:
    hits.append(62)
elif x == 63:
    hits.append(63)
elif x == 64:
    hits.append(64)
elif x == 65:
    hits.append(65)
elif x == 66:
    hits.append(66)
elif x == 67:
    hits.append(67)
elif x == 68:
    hits.append(68)
elif x == 69:
    hits.append(69)
elif x == 70:
    hits.append(70)
elif x == 71:
    hits.append(71)
elif x == 72:
    hits.append(72)
elif x == 73:
    hits.append(73)
elif x == 74:
    hits.append(74)
elif x == 75:
    hits.append(75)
elif x == 76:
    hits.append(76)
elif x == 77:
    hits.append(77)
elif x == 78:
    hits.append(78)
elif x == 79:
    hits.append(79)
elif x == 80:
    hits.append(80)
elif x == 81:
    hits.append(81)
elif x == 82:
    hits.append(82)
elif x == 83:
    hits.append(83)
elif x == 84:
    hits.append(84)
elif x == 85:
    hits.append(85)
elif x == 86:
    hits.append(86)
elif x == 87:
    hits.append(87)
elif x == 88:
    hits.append(88)
elif x == 89:
    hits.append(89)
elif x == 90:
    hits.append(90)
elif x == 91:
    hits.append(91)
elif x == 92:
    hits.append(92)
elif x == 93:
    hits.append(93)
elif x == 94:
    hits.append(94)
elif x == 95:
    hits.append(95)
elif x == 96:
    hits.append(96)
elif x == 97:
    hits.append(97)
elif x == 98:
    hits.append(98)
elif x == 99:
    hits.append(99)
elif x == 100:
    hits.append(100)
elif x == 101:
    hits.append(101)
elif x == 102:
    hits.append(102)
elif x == 103:
    hits.append(103)
elif x == 104:
    hits.append(104)
elif x == 105:
    hits.append(105)
elif x == 106:
    hits.append(106)
elif x == 107:
    hits.append(107)
elif x == 108:
    hits.append(108)
elif x == 109:
    hits.append(109)
elif x == 110:
    hits.append(110)
elif x == 111:
    hits.append(111)
elif x == 112:
    hits.append(112)
elif x == 113:
    hits.append(113)
elif x == 114:
    hits.append(114)
elif x == 115:
    hits.append(115)
elif x == 116:
    hits.append(116)
elif x == 117:
    hits.append(117)
elif x == 118:
    hits.append(118)
elif x == 119:
    hits.append(119)
elif x == 120:
    hits.append(120)
elif x == 121:
    hits.append(121)
elif x == 122:
    hits.append(122)
elif x == 123:
    hits.append(123)
elif x == 124:
    hits.append(124)
elif x == 125:
    hits.append(125)
elif x == 126:
    hits.append(126)
elif x == 127:
    hits.append(127)
elif x == 128:
    hits.append(128)
elif x == 129:
    hits.append(129)
elif x == 130:
    hits.append(130)
elif x == 131:
    hits.append(131)
elif x == 132:
    hits.append(132)
elif x == 133:
    hits.append(133)
elif x == 134:
    hits.append(134)
elif x == 135:
    hits.append(135)
elif x == 136:
    hits.append(136)
elif x == 137:
    hits.append(137)
elif x == 138:
    hits.append(138)
elif x == 139:
    hits.append(139)
elif x == 140:
    hits.append(140)
elif x == 141:
    hits.append(141)
elif x == 142:
    hits.append(142)
elif x == 143:
    hits.append(143)
elif x == 144:
    hits.append(144)
elif x == 145:
    hits.append(145)
elif x == 146:
    hits.append(146)
elif x == 147:
    hits.append(147)
elif x == 148:
    hits.append(148)
elif x == 149:
    hits.append(149)
elif x == 150:
    hits.append(150)
elif x == 151:
    hits.append(151)
elif x == 152:
    hits.append(152)
elif x == 153:
    hits.append(153)
elif x == 154:
    hits.append(154)
elif x == 155:
    hits.append(155)
elif x == 156:
    hits.append(156)
elif x == 157:
    hits.append(157)
elif x == 158:
    hits.append(158)
elif x == 159:
    hits.append(159)
elif x == 160:
    hits.append(160)
elif x == 161:
    hits.append(161)
elif x == 162:
    hits.append(162)
elif x == 163:
    hits.append(163)
elif x == 164:
    hits.append(164)
elif x == 165:
    hits.append(165)
elif x == 166:
    hits.append(166)
elif x == 167:
    hits.append(167)
elif x == 168:
    hits.append(168)
elif x == 169:
    hits.append(169)
elif x == 170:
    hits.append(170)
elif x == 171:
    hits.append(171)
elif x == 172:
    hits.append(172)
elif x == 173:
    hits.append(173)
elif x == 174:
    hits.append(174)
elif x == 175:
    hits.append(175)
elif x == 176:
    hits.append(176)
elif x == 177:
    hits.append(177)
elif x == 178:
    hits.append(178)
elif x == 179:
    hits.append(179)
elif x == 180:
    hits.append(180)
elif x == 181:
    hits.append(181)
elif x == 182:
    hits.append(182)
elif x == 183:
    hits.append(183)
elif x == 184:
    hits.append(184)
elif x == 185:
    hits.append(185)
elif x == 186:
    hits.append(186)
elif x == 187:
    hits.append(187)
elif x == 188:
    hits.append(188)
elif x == 189:
    hits.append(189)
elif x == 190:
    hits.append(190)
elif x == 191:
    hits.append(191)
elif x == 192:
    hits.append(192)
elif x == 193:
    hits.append(193)
elif x == 194:
    hits.append(194)
elif x == 195:
    hits.append(195)
elif x == 196:
    hits.append(196)
elif x == 197:
    hits.append(197)
elif x == 198:
    hits.append(198)
elif x == 199:
    hits.append(199)
elif x == 200:
    hits.append(200)
elif x == 201:
    hits.append(201)
elif x == 202:
    hits.append(202)
elif x == 203:
    hits.append(203)
elif x == 204:
    hits.append(204)
elif x == 205:
    hits.append(205)
elif x == 206:
    hits.append(206)
elif x == 207:
    hits.append(207)
elif x == 208:
    hits.append(208)
elif x == 209:
    hits.append(209)
elif x == 210:
    hits.append(210)
elif x == 211:
    hits.append(211)
elif x == 212:
    hits.append(212)
elif x == 213:
    hits.append(213)
elif x == 214:
    hits.append(214)
elif x == 215:
    hits.append(215)
elif x == 216:
    hits.append(216)
elif x == 217:
    hits.append(217)
elif x == 218:
    hits.append(218)
elif x == 219:
    hits.append(219)
elif x == 220:
    hits.append(220)
elif x == 221:
    hits.append(221)
elif x == 222:
    hits.append(222)
elif x == 223:
    hits.append(223)
elif x == 224:
    hits.append(224)
elif x == 225:
    hits.append(225)
elif x == 226:
    hits.append(226)
elif x == 227:
    hits.append(227)
elif x == 228:
    hits.append(228)
elif x == 229:
    hits.append(229)
elif x == 230:
    hits.append(230)
elif x == 231:
    hits.append(231)
elif x == 232:
    hits.append(232)
elif x == 233:
    hits.append(233)
elif x == 234:
    hits.append(234)
elif x == 235:
    hits.append(235)
elif x == 236:
    hits.append(236)
elif x == 237:
    hits.append(237)
elif x == 238:
    hits.append(238)
elif x == 239:
    hits.append(239)
elif x == 240:
    hits.append(240)
elif x == 241:
    hits.append(241)
elif x == 242:
    hits.append(242)
elif x == 243:
    hits.append(243)
elif x == 244:
    hits.append(244)
elif x == 245:
    hits.append(245)
elif x == 246:
    hits.append(246)
elif x == 247:
    hits.append(247)
elif x == 248:
    hits.append(248)
elif x == 249:
    hits.append(249)
elif x == 250:
    hits.append(250)
elif x == 251:
    hits.append(251)
elif x == 252:
    hits.append(252)
elif x == 253:
    hits.append(253)
elif x == 254:
    hits.append(254)
elif x == 255:
    hits.append(255)
elif x == 256:
    hits.append(256)
elif x == 257:
    hits.append(257)
elif x == 258:
    hits.append(258)
elif x == 259:
    hits.append(259)
elif x == 260:
    hits.append(260)
elif x == 261:
    hits.append(261)
elif x == 262:
    hits.append(262)
elif x == 263:
    hits.append(263)
elif x == 264:
    hits.append(264)
elif x == 265:
    hits.append(265)
elif x == 266:
    hits.append(266)
elif x == 267:
    hits.append(267)
elif x == 268:
    hits.append(268)
elif x == 269:
    hits.append(269)
elif x == 270:
    hits.append(270)
elif x == 271:
    hits.append(271)
elif x == 272:
    hits.append(272)
elif x == 273:
    hits.append(273)
elif x == 274:
    hits.append(274)
elif x == 275:
    hits.append(275)
elif x == 276:
    hits.append(276)
elif x == 277:
    hits.append(277)
elif x == 278:
    hits.append(278)
elif x == 279:
    hits.append(279)
elif x == 280:
    hits.append(280)
elif x == 281:
    hits.append(281)
elif x == 282:
    hits.append(282)
elif x == 283:
    hits.append(283)
elif x == 284:
    hits.append(284)
elif x == 285:
    hits.append(285)
elif x == 286:
    hits.append(286)
elif x == 287:
    hits.append(287)
elif x == 288:
    hits.append(288)
elif x == 289:
    hits.append(289)
elif x == 290:
    hits.append(290)
elif x == 291:
    hits.append(291)
elif x == 292:
    hits.append(292)
elif x == 293:
    hits.append(293)
elif x == 294:
    hits.append(294)
elif x == 295:
    hits.append(295)
elif x == 296:
    hits.append(296)
elif x == 297:
    hits.append(297)
elif x == 298:
    hits.append(298)
elif x == 299:
    hits.append(299)
elif x == 300:
    hits.append(300)
elif x == 301:
    hits.append(301)
elif x == 302:
    hits.append(302)
elif x == 303:
    hits.append(303)
elif x == 304:
    hits.append(304)
elif x == 305:
    hits.append(305)
elif x == 306:
    hits.append(306)
elif x == 307:
    hits.append(307)
elif x == 308:
    hits.append(308)
elif x == 309:
    hits.append(309)
elif x == 310:
    hits.append(310)
elif x == 311:
    hits.append(311)
elif x == 312:
    hits.append(312)
elif x == 313:
    hits.append(313)
elif x == 314:
    hits.append(314)
elif x == 315:
    hits.append(315)
elif x == 316:
    hits.append(316)
elif x == 317:
    hits.append(317)
elif x == 318:
    hits.append(318)
elif x == 319:
    hits.append(319)
elif x == 320:
    hits.append(320)
elif x == 321:
    hits.append(321)
elif x == 322:
    hits.append(322)
elif x == 323:
    hits.append(323)
elif x == 324:
    hits.append(324)
elif x == 325:
    hits.append(325)
elif x == 326:
    hits.append(326)
elif x == 327:
    hits.append(327)
elif x == 328:
    hits.append(328)
elif x == 329:
    hits.append(329)
elif x == 330:
    hits.append(330)
elif x == 331:
    hits.append(331)
elif x == 332:
    hits.append(332)
elif x == 333:
    hits.append(333)
elif x == 334:
    hits.append(334)
elif x == 335:
    hits.append(335)
elif x == 336:
    hits.append(336)
elif x == 337:
    hits.append(337)
elif x == 338:
    hits.append(338)
elif x == 339:
    hits.append(339)
elif x == 340:
    hits.append(340)
elif x == 341:
    hits.append(341)
elif x == 342:
    hits.append(342)
elif x == 343:
    hits.append(343)
elif x == 344:
    hits.append(344)
elif x == 345:
    hits.append(345)
elif x == 346:
    hits.append(346)
elif x == 347:
    hits.append(347)
elif x == 348:
    hits.append(348)
elif x == 349:
    hits.append(349)
elif x == 350:
    hits.append(350)
elif x == 351:
    hits.append(351)
elif x == 352:
    hits.append(352)
elif x == 353:
    hits.append(353)
elif x == 354:
    hits.append(354)
elif x == 355:
    hits.append(355)
elif x == 356:
    hits.append(356)
elif x == 357:
    hits.append(357)
elif x == 358:
    hits.append(358)
elif x == 359:
    hits.append(359)
elif x == 360:
    hits.append(360)
elif x == 361:
    hits.append(361)
elif x == 362:
    hits.append(362)
elif x == 363:
    hits.append(363)
elif x == 364:
    hits.append(364)
elif x == 365:
    hits.append(365)
elif x == 366:
    hits.append(366)
elif x == 367:
    hits.append(367)
elif x == 368:
    hits.append(368)
elif x == 369:
    hits.append(369)
elif x == 370:
    hits.append(370)
elif x == 371:
    hits.append(371)
elif x == 372:
    hits.append(372)
elif x == 373:
    hits.append(373)
elif x == 374:
    hits.append(374)
elif x == 375:
    hits.append(375)
elif x == 376:
    hits.append(376)
elif x == 377:
    hits.append(377)
elif x == 378:
    hits.append(378)
elif x == 379:
    hits.append(379)
elif x == 380:
    hits.append(380)
elif x == 381:
    hits.append(381)
elif x == 382:
    hits.append(382)
elif x == 383:
    hits.append(383)
elif x == 384:
    hits.append(384)
elif x == 385:
    hits.append(385)
elif x == 386:
    hits.append(386)
elif x == 387:
    hits.append(387)
elif x == 388:
    hits.append(388)
elif x == 389:
    hits.append(389)
elif x == 390:
    hits.append(390)
elif x == 391:
    hits.append(391)
elif x == 392:
    hits.append(392)
elif x == 393:
    hits.append(393)
elif x == 394:
    hits.append(394)
elif x == 395:
    hits.append(395)
elif x == 396:
    hits.append(396)
elif x == 397:
    hits.append(397)
elif x == 398:
    hits.append(398)
elif x == 399:
    hits.append(399)
else:
    hits.append(-1)
if x % 1 == 0: hits.append(0)
if x % 2 == 1: hits.append(1)
if x % 3 == 2: hits.append(2)
if x % 4 == 3: hits.append(3)
if x % 5 == 4: hits.append(4)
if x % 6 == 5: hits.append(5)
if x % 7 == 6: hits.append(6)
if x % 8 == 0: hits.append(7)
if x % 9 == 1: hits.append(8)
if x % 10 == 2: hits.append(9)
if x % 11 == 3: hits.append(10)
if x % 12 == 4: hits.append(11)
if x % 13 == 5: hits.append(12)
if x % 14 == 6: hits.append(13)
if x % 15 == 0: hits.append(14)
if x % 16 == 1: hits.append(15)
if x % 17 == 2: hits.append(16)
if x % 18 == 3: hits.append(17)
if x % 19 == 4: hits.append(18)
if x % 20 == 5: hits.append(19)
if x % 21 == 6: hits.append(20)
if x % 22 == 0: hits.append(21)
if x % 23 == 1: hits.append(22)
if x % 24 == 2: hits.append(23)
if x % 25 == 3: hits.append(24)
if x % 26 == 4: hits.append(25)
if x % 27 == 5: hits.append(26)
if x % 28 == 6: hits.append(27)
if x % 29 == 0: hits.append(28)
if x % 30 == 1: hits.append(29)
if x % 31 == 2: hits.append(30)
if x % 32 == 3: hits.append(31)
if x % 33 == 4: hits.append(32)
if x % 34 == 5: hits.append(33)
if x % 35 == 6: hits.append(34)
if x % 36 == 0: hits.append(35)
if x % 37 == 1: hits.append(36)
if x % 38 == 2: hits.append(37)
if x % 39 == 3: hits.append(38)
if x % 40 == 4: hits.append(39)
if x % 41 == 5: hits.append(40)
if x % 42 == 6: hits.append(41)
if x % 43 == 0: hits.append(42)
if x % 44 == 1: hits.append(43)
if x % 45 == 2: hits.append(44)
if x % 46 == 3: hits.append(45)
if x % 47 == 4: hits.append(46)
if x % 48 == 5: hits.append(47)
if x % 49 == 6: hits.append(48)
if x % 50 == 0: hits.append(49)
if x % 51 == 1: hits.append(50)
if x % 52 == 2: hits.append(51)
if x % 53 == 3: hits.append(52)
if x % 54 == 4: hits.append(53)
if x % 55 == 5: hits.append(54)
if x % 56 == 6: hits.append(55)
if x % 57 == 0: hits.append(56)
if x % 58 == 1: hits.append(57)
if x % 59 == 2: hits.append(58)
if x % 60 == 3: hits.append(59)
if x % 61 == 4: hits.append(60)
if x % 62 == 5: hits.append(61)
if x % 63 == 6: hits.append(62)
if x % 64 == 0: hits.append(63)
if x % 65 == 1: hits.append(64)
if x % 66 == 2: hits.append(65)
if x % 67 == 3: hits.append(66)
if x % 68 == 4: hits.append(67)
if x % 69 == 5: hits.append(68)
if x % 70 == 6: hits.append(69)
if x % 71 == 0: hits.append(70)
if x % 72 == 1: hits.append(71)
if x % 73 == 2: hits.append(72)
if x % 74 == 3: hits.append(73)
if x % 75 == 4: hits.append(74)
if x % 76 == 5: hits.append(75)
if x % 77 == 6: hits.append(76)
if x % 78 == 0: hits.append(77)
if x % 79 == 1: hits.append(78)
if x % 80 == 2: hits.append(79)
if x % 81 == 3: hits.append(80)
if x % 82 == 4: hits.append(81)
if x % 83 == 5: hits.append(82)
if x % 84 == 6: hits.append(83)
if x % 85 == 0: hits.append(84)
if x % 86 == 1: hits.append(85)
if x % 87 == 2: hits.append(86)
if x % 88 == 3: hits.append(87)
if x % 89 == 4: hits.append(88)
if x % 90 == 5: hits.append(89)
if x % 91 == 6: hits.append(90)
if x % 92 == 0: hits.append(91)
if x % 93 == 1: hits.append(92)
if x % 94 == 2: hits.append(93)
if x % 95 == 3: hits.append(94)
if x % 96 == 4: hits.append(95)
if x % 97 == 5: hits.append(96)
if x % 98 == 6: hits.append(97)
if x % 99 == 0: hits.append(98)
if x % 100 == 1: hits.append(99)
if x % 101 == 2: hits.append(100)
if x % 102 == 3: hits.append(101)
if x % 103 == 4: hits.append(102)
if x % 104 == 5: hits.append(103)
if x % 105 == 6: hits.append(104)
if x % 106 == 0: hits.append(105)
if x % 107 == 1: hits.append(106)
if x % 108 == 2: hits.append(107)
if x % 109 == 3: hits.append(108)
if x % 110 == 4: hits.append(109)
if x % 111 == 5: hits.append(110)
if x % 112 == 6: hits.append(111)
if x % 113 == 0: hits.append(112)
if x % 114 == 1: hits.append(113)
if x % 115 == 2: hits.append(114)
if x % 116 == 3: hits.append(115)
if x % 117 == 4: hits.append(116)
if x % 118 == 5: hits.append(117)
if x % 119 == 6: hits.append(118)
if x % 120 == 0: hits.append(119)
if x % 121 == 1: hits.append(120)
if x % 122 == 2: hits.append(121)
if x % 123 == 3: hits.append(122)
if x % 124 == 4: hits.append(123)
if x % 125 == 5: hits.append(124)
if x % 126 == 6: hits.append(125)
if x % 127 == 0: hits.append(126)
if x % 128 == 1: hits.append(127)
if x % 129 == 2: hits.append(128)
if x % 130 == 3: hits.append(129)
if x % 131 == 4: hits.append(130)
if x % 132 == 5: hits.append(131)
if x % 133 == 6: hits.append(132)
if x % 134 == 0: hits.append(133)
if x % 135 == 1: hits.append(134)
if x % 136 == 2: hits.append(135)
if x % 137 == 3: hits.append(136)
if x % 138 == 4: hits.append(137)
if x % 139 == 5: hits.append(138)
if x % 140 == 6: hits.append(139)
if x % 141 == 0: hits.append(140)
if x % 142 == 1: hits.append(141)
if x % 143 == 2: hits.append(142)
if x % 144 == 3: hits.append(143)
if x % 145 == 4: hits.append(144)
if x % 146 == 5: hits.append(145)
if x % 147 == 6: hits.append(146)
if x % 148 == 0: hits.append(147)
if x % 149 == 1: hits.append(148)
if x % 150 == 2: hits.append(149)
if x % 151 == 3: hits.append(150)
if x % 152 == 4: hits.append(151)
if x % 153 == 5: hits.append(152)
if x % 154 == 6: hits.append(153)
if x % 155 == 0: hits.append(154)
if x % 156 == 1: hits.append(155)
if x % 157 == 2: hits.append(156)
if x % 158 == 3: hits.append(157)
if x % 159 == 4: hits.append(158)
if x % 160 == 5: hits.append(159)
if x % 161 == 6: hits.append(160)
if x % 162 == 0: hits.append(161)
if x % 163 == 1: hits.append(162)
if x % 164 == 2: hits.append(163)
if x % 165 == 3: hits.append(164)
if x % 166 == 4: hits.append(165)
if x % 167 == 5: hits.append(166)
if x % 168 == 6: hits.append(167)
if x % 169 == 0: hits.append(168)
if x % 170 == 1: hits.append(169)
if x % 171 == 2: hits.append(170)
if x % 172 == 3: hits.append(171)
if x % 173 == 4: hits.append(172)
if x % 174 == 5: hits.append(173)
if x % 175 == 6: hits.append(174)
if x % 176 == 0: hits.append(175)
if x % 177 == 1: hits.append(176)
if x % 178 == 2: hits.append(177)
if x % 179 == 3: hits.append(178)
if x % 180 == 4: hits.append(179)
if x % 181 == 5: hits.append(180)
if x % 182 == 6: hits.append(181)
if x % 183 == 0: hits.append(182)
if x % 184 == 1: hits.append(183)
if x % 185 == 2: hits.append(184)
if x % 186 == 3: hits.append(185)
if x % 187 == 4: hits.append(186)
if x % 188 == 5: hits.append(187)
if x % 189 == 6: hits.append(188)
if x % 190 == 0: hits.append(189)
if x % 191 == 1: hits.append(190)
if x % 192 == 2: hits.append(191)
if x % 193 == 3: hits.append(192)
if x % 194 == 4: hits.append(193)
if x % 195 == 5: hits.append(194)
if x % 196 == 6: hits.append(195)
if x % 197 == 0: hits.append(196)
if x % 198 == 1: hits.append(197)
if x % 199 == 2: hits.append(198)
if x % 200 == 3: hits.append(199)
if x % 201 == 4: hits.append(200)
if x % 202 == 5: hits.append(201)
if x % 203 == 6: hits.append(202)
if x % 204 == 0: hits.append(203)
if x % 205 == 1: hits.append(204)
if x % 206 == 2: hits.append(205)
if x % 207 == 3: hits.append(206)
if x % 208 == 4: hits.append(207)
if x % 209 == 5: hits.append(208)
if x % 210 == 6: hits.append(209)
if x % 211 == 0: hits.append(210)
if x % 212 == 1: hits.append(211)
if x % 213 == 2: hits.append(212)
if x % 214 == 3: hits.append(213)
if x % 215 == 4: hits.append(214)
if x % 216 == 5: hits.append(215)
if x % 217 == 6: hits.append(216)
if x % 218 == 0: hits.append(217)
if x % 219 == 1: hits.append(218)
if x % 220 == 2: hits.append(219)
if x % 221 == 3: hits.append(220)
if x % 222 == 4: hits.append(221)
if x % 223 == 5: hits.append(222)
if x % 224 == 6: hits.append(223)
if x % 225 == 0: hits.append(224)
if x % 226 == 1: hits.append(225)
if x % 227 == 2: hits.append(226)
if x % 228 == 3: hits.append(227)
if x % 229 == 4: hits.append(228)
if x % 230 == 5: hits.append(229)
if x % 231 == 6: hits.append(230)
if x % 232 == 0: hits.append(231)
if x % 233 == 1: hits.append(232)
if x % 234 == 2: hits.append(233)
if x % 235 == 3: hits.append(234)
if x % 236 == 4: hits.append(235)
if x % 237 == 5: hits.append(236)
if x % 238 == 6: hits.append(237)
if x % 239 == 0: hits.append(238)
if x % 240 == 1: hits.append(239)
if x % 241 == 2: hits.append(240)
if x % 242 == 3: hits.append(241)
if x % 243 == 4: hits.append(242)
if x % 244 == 5: hits.append(243)
if x % 245 == 6: hits.append(244)
if x % 246 == 0: hits.append(245)
if x % 247 == 1: hits.append(246)
if x % 248 == 2: hits.append(247)
if x % 249 == 3: hits.append(248)
if x % 250 == 4: hits.append(249)
if x % 251 == 5: hits.append(250)
if x % 252 == 6: hits.append(251)
if x % 253 == 0: hits.append(252)
if x % 254 == 1: hits.append(253)
if x % 255 == 2: hits.append(254)
if x % 256 == 3: hits.append(255)
if x % 257 == 4: hits.append(256)
if x % 258 == 5: hits.append(257)
if x % 259 == 6: hits.append(258)
if x % 260 == 0: hits.append(259)
if x % 261 == 1: hits.append(260)
if x % 262 == 2: hits.append(261)
if x % 263 == 3: hits.append(262)
if x % 264 == 4: hits.append(263)
if x % 265 == 5: hits.append(264)
if x % 266 == 6: hits.append(265)
if x % 267 == 0: hits.append(266)
if x % 268 == 1: hits.append(267)
if x % 269 == 2: hits.append(268)
if x % 270 == 3: hits.append(269)
if x % 271 == 4: hits.append(270)
if x % 272 == 5: hits.append(271)
if x % 273 == 6: hits.append(272)
if x % 274 == 0: hits.append(273)
if x % 275 == 1: hits.append(274)
if x % 276 == 2: hits.append(275)
if x % 277 == 3: hits.append(276)
if x % 278 == 4: hits.append(277)
if x % 279 == 5: hits.append(278)
if x % 280 == 6: hits.append(279)
if x % 281 == 0: hits.append(280)
if x % 282 == 1: hits.append(281)
if x % 283 == 2: hits.append(282)
if x % 284 == 3: hits.append(283)
if x % 285 == 4: hits.append(284)
if x % 286 == 5: hits.append(285)
if x % 287 == 6: hits.append(286)
if x % 288 == 0: hits.append(287)
if x % 289 == 1: hits.append(288)
if x % 290 == 2: hits.append(289)
if x % 291 == 3: hits.append(290)
if x % 292 == 4: hits.append(291)
if x % 293 == 5: hits.append(292)
if x % 294 == 6: hits.append(293)
if x % 295 == 0: hits.append(294)
if x % 296 == 1: hits.append(295)
if x % 297 == 2: hits.append(296)
if x % 298 == 3: hits.append(297)
if x % 299 == 4: hits.append(298)
if x % 300 == 5: hits.append(299)
print(len(hits), sum(hits), hits[:5])
try:
    print(undefined_name)
except NameError as e:
    print(e)
print(hits[1000])
