total =​ 3
